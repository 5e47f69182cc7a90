using Microsoft.Playwright;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Intake;
using static Pmo.Api.Tests.Infrastructure.ArbitrationData;

namespace Pmo.Api.Tests.Browser;

/// <summary>A committee member's vote in a real browser, in English and French, and the closed session.</summary>
[Collection(ApiCollection.Name)]
public sealed class ArbitrationVoteBrowserTests(ApiServer server)
{
    [Fact]
    public async Task A_member_votes_on_the_english_page_and_sees_the_votes_recorded()
    {
        await using var session = await StartAsync();
        var seeded = await SeedAsync(server, server.Clock.GetUtcNow().AddDays(3));
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1200 } });
        Assert.Equal(200, (await page.GotoAsync(new Uri(server.BaseAddress, VoteUrl(server, seeded, Carl.Email)).ToString()))!.Status);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "arbitration-vote-en.png"), FullPage = true });

        await page.Locator($"#demand-{seeded.Agenda[0]}").GetByLabel("GO", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await page.Locator($"#demand-{seeded.Agenda[0]}").GetByLabel("Comment (optional)").FillAsync("Pays back within a year.");
        await page.Locator($"#demand-{seeded.Agenda[1]}").GetByLabel("Defer").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Record my votes" }).ClickAsync();

        var confirmation = page.Locator("#confirmation");
        await confirmation.WaitForAsync();
        Assert.Contains("Your votes are recorded.", await confirmation.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator($"#demand-{seeded.Agenda[0]}").GetByLabel("GO", new LocatorGetByLabelOptions { Exact = true }).IsCheckedAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "arbitration-vote-recorded-en.png"), FullPage = true });

        var stored = (await server.Store.ArbitrationSessions.FindAsync(seeded.Month))!.Value;
        Assert.Equal((VoteChoice.Go, "Pays back within a year."), (stored.VotesOn(seeded.Agenda[0])[0].Choice, stored.VotesOn(seeded.Agenda[0])[0].Comment));
        Assert.Equal(VoteChoice.Defer, Assert.Single(stored.VotesOn(seeded.Agenda[1])).Choice);
    }

    [Fact]
    public async Task The_french_page_fits_a_phone_and_the_closed_session_shows_the_outcome()
    {
        await using var session = await StartAsync();
        var open = await SeedAsync(server, server.Clock.GetUtcNow().AddDays(3));
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(new Uri(server.BaseAddress, VoteUrl(server, open, Claire.Email)).ToString());

        Assert.Contains("Vote d'arbitrage", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page is {width}px wide on a 390px screen.");
        await page.Locator($"#demand-{open.Agenda[1]}").GetByLabel("Reporter").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Enregistrer mes votes" }).ClickAsync();
        await page.Locator("#confirmation").WaitForAsync();
        Assert.Contains("Vos votes sont enregistrés.", await page.Locator("#confirmation").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "arbitration-vote-phone-fr.png"), FullPage = true });

        var deadline = server.Clock.GetUtcNow().AddHours(-1);
        var closed = await SeedAsync(server, deadline, [new ArbitrationVote(Claire.Email, "first", VoteChoice.NoGo, deadline.AddDays(-1))]);
        await page.GotoAsync(new Uri(server.BaseAddress, VoteUrl(server, closed, Claire.Email)).ToString());
        Assert.Contains("Cette session est close\u202F:", await page.Locator("#closed").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "arbitration-vote-closed-fr.png"), FullPage = true });
    }

    private static async Task<BrowserSession> StartAsync()
    {
        var session = new BrowserSession();
        await session.InitializeAsync();
        return session;
    }
}
