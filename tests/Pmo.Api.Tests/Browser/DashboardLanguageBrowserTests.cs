using Microsoft.Playwright;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Tests.Shared;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Browser;

/// <summary>The PMO reads the dashboard in a real browser in French, goes to the capacity page and back in French, then to English.</summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardLanguageBrowserTests(ApiServer server)
{
    [Fact]
    public async Task The_french_dashboard_reads_french_fits_a_phone_and_keeps_french_to_the_capacity_page_and_back()
    {
        var id = NewId("P");
        var admin = server.Client();
        await admin.CreateProjectAsync(id);
        (await admin.PostAsync("/api/escalations", Json(new System.Text.Json.Nodes.JsonObject { ["projectId"] = id, ["summary"] = "Arbitrage budgétaire" }))).Dispose();
        var eml = "From: PMO <pmo@example.org>\r\nTo: pm@example.org\r\nSubject: Point hebdomadaire " + id + "\r\nDate: Mon, 23 Nov 2026 08:00:00 +0000\r\nMessage-ID: <" + id + "@pmo>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMerci.\r\n";
        await File.WriteAllTextAsync(Path.Combine(server.OutboxFolder, id + ".eml"), eml);

        await using var session = new BrowserSession();
        await session.InitializeAsync();
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(server.BaseAddress, "/api/dashboard/signin").ToString());
        await page.GetByLabel("API key").FillAsync(ApiServer.AdminKey);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        Assert.Equal("Portfolio RAG overview", await page.Locator("#portfolio").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "dashboard-en.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Français" }).ClickAsync();
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("Tableau de bord du PMO — ", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Météo du portefeuille", await page.Locator("#portfolio").InnerTextAsync());
        var escalation = page.Locator("#escalations + table tbody tr").Filter(new LocatorFilterOptions { HasText = id });
        Assert.Equal([id, "Arbitrage budgétaire", "Ouverte", "25 nov. 2026"], await escalation.Locator("td").AllInnerTextsAsync());
        Assert.Equal("Derniers dossiers de revue du portefeuille", await page.Locator("#packs").InnerTextAsync());
        Assert.Equal("Envoyé (Europe/Paris)", await page.Locator("#outbox + table th").First.InnerTextAsync());
        var sent = page.Locator("#outbox + table tbody tr").Filter(new LocatorFilterOptions { HasText = id });
        Assert.Equal("lun. 23 nov. 2026 à 09:00", await sent.Locator("td").First.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "dashboard-fr.png"), FullPage = true });

        // The longer French labels still fit a phone's width: nothing scrolls sideways.
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "dashboard-fr-phone.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Plan de charge", Exact = true }).ClickAsync();
        Assert.Equal("Plan de charge — les 6 prochains mois", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "← Tableau de bord" }).ClickAsync();
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Météo du portefeuille", await page.Locator("#portfolio").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Portfolio RAG overview", await page.Locator("#portfolio").InnerTextAsync());
        Assert.DoesNotContain(FrenchTypography.Thin, await page.Locator("#compliance + .tiles").InnerTextAsync());
    }
}
