using Microsoft.Playwright;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Intake;

namespace Pmo.Api.Tests.Browser;

/// <summary>A requester's path in a real browser: the PMO's intake link → the form → errors → confirmation, in English and French.</summary>
[Collection(ApiCollection.Name)]
public sealed class IntakeFormBrowserTests(ApiServer server)
{
    [Fact]
    public async Task Requester_fills_the_english_form_fixes_an_unparseable_amount_and_sees_what_happens_next()
    {
        await using var session = await StartAsync();
        var folder = Artifacts.Folder("screenshots");
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1400 } });
        Assert.Equal(200, (await page.GotoAsync(new Uri(server.BaseAddress, DemandData.IntakeUrl(server)).ToString()))!.Status);

        await page.GetByLabel("Project title").FillAsync("Supplier self-service portal");
        await page.GetByLabel("Department").FillAsync("Purchasing");
        await page.GetByLabel("Business case").FillAsync("Suppliers call us 400 times a month to ask where their invoice is.");
        await page.GetByLabel("Expected benefits").FillAsync("Half the calls; invoices paid on time.");
        await page.GetByLabel("Amount").FillAsync("twelve thousand");
        await page.GetByLabel("Estimated duration (months)").FillAsync("6");
        await page.GetByLabel("Urgency").SelectOptionAsync("5");
        await page.Locator("#sponsor-name").FillAsync("Sam Sponsor");
        await page.Locator("#sponsor-email").FillAsync("sponsor@example.org");
        await page.Locator("#requester-name").FillAsync("Alex Requester");
        await page.Locator("#requester-email").FillAsync("alex@example.org");
        await page.GetByLabel("Title 1").FillAsync("Call statistics");
        await page.GetByLabel("Link 1").FillAsync("https://example.org/calls.xlsx");
        await page.GetByLabel("Role or skill 1").FillAsync("Data engineer");
        await page.GetByLabel("Month 1").FillAsync("2027-03");
        await page.GetByLabel("Days 1").FillAsync("40");
        await page.GetByLabel("Role or skill 2").FillAsync("Architect");
        await page.GetByLabel("Month 2").FillAsync("2027-04");
        await page.GetByLabel("Days 2").FillAsync("2.5");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send the request" }).ClickAsync();

        var errors = page.Locator("#errors");
        await errors.WaitForAsync();
        Assert.Contains("Estimated budget – Amount: must be a number.", await errors.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("twelve thousand", await page.GetByLabel("Amount").InputValueAsync());
        Assert.Equal("Supplier self-service portal", await page.GetByLabel("Project title").InputValueAsync());
        Assert.Equal("5", await page.GetByLabel("Urgency").InputValueAsync());
        Assert.Equal("Data engineer", await page.GetByLabel("Role or skill 1").InputValueAsync());
        Assert.Equal("2.5", await page.GetByLabel("Days 2").InputValueAsync());
        Assert.Equal(string.Empty, await page.GetByLabel("Role or skill 5").InputValueAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "intake-form-errors-en.png"), FullPage = true });

        await page.GetByLabel("Amount").FillAsync("120 000");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send the request" }).ClickAsync();
        var confirmation = page.Locator("#confirmation");
        await confirmation.WaitForAsync();
        var text = await confirmation.InnerTextAsync();
        Assert.Contains("Thank you, your request was received.", text, StringComparison.Ordinal);
        Assert.Contains("arbitration committee", text, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "intake-form-confirmation-en.png"), FullPage = true });

        var filed = (await server.Store.Demands.ListByStatusAsync([DemandStatus.Submitted])).Single(d => d.Title == "Supplier self-service portal");
        Assert.Equal(120000m, filed.EstimatedBudget.Amount);
        Assert.Equal(5, filed.Scores.Urgency);
        Assert.Equal("alex@example.org", filed.Requester.Email);
        Assert.Equal([("Data engineer", "2027-03", 40m), ("Architect", "2027-04", 2.5m)], filed.Staffing.Select(r => (r.Role, r.Month.ToString(), r.Days)));
    }

    [Fact]
    public async Task The_french_amend_form_fits_a_phone_and_shows_the_pmo_comment()
    {
        await using var session = await StartAsync();
        var id = TestData.NewId("DEM");
        await server.Store.Demands.CreateAsync(DemandData.Stored(id, DemandStatus.Returned));
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(new Uri(server.BaseAddress, DemandData.AmendUrl(server, id)).ToString());

        Assert.Contains("Commentaire du PMO\u202F: Add the supplier's quote.", await page.Locator("#returned-comment").InnerTextAsync(), StringComparison.Ordinal);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page is {width}px wide on a 390px screen.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "intake-amend-phone-fr.png"), FullPage = true });

        await page.GetByLabel("Montant").FillAsync("260 000,00");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Renvoyer la demande modifiée" }).ClickAsync();
        var confirmation = page.Locator("#confirmation");
        await confirmation.WaitForAsync();
        Assert.Contains("Merci, votre demande modifiée a bien été renvoyée.", await confirmation.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "intake-amend-confirmation-fr.png"), FullPage = true });

        var stored = (await server.Store.Demands.FindAsync(id))!.Value;
        Assert.Equal(DemandStatus.Submitted, stored.Status);
        Assert.Equal(260000m, stored.EstimatedBudget.Amount);
    }

    private static async Task<BrowserSession> StartAsync()
    {
        var session = new BrowserSession();
        await session.InitializeAsync();
        return session;
    }
}
