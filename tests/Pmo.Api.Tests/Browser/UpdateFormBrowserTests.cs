using Microsoft.Playwright;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Primitives;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Browser;

/// <summary>A project manager's path end to end in a real browser: reminder link → form → confirmation; and the PMO's dashboard.</summary>
[Collection(ApiCollection.Name)]
public sealed class UpdateFormBrowserTests(ApiServer server)
{
    [Fact]
    public async Task Manager_opens_the_reminder_link_fills_the_form_submits_and_sees_the_confirmation()
    {
        await using var session = await StartAsync();
        var id = NewId("P");
        var body = Project(id);
        body["name"] = "Billing platform migration";
        (await server.Client().PostAsync("/api/projects", Json(body))).Dispose();
        var link = new Uri(server.BaseAddress, await Links.UpdateFormAsync(server, id));
        var folder = Artifacts.Folder("screenshots");

        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1400 } });
        var response = await page.GotoAsync(link.ToString());
        Assert.Equal(200, response!.Status);
        await page.GetByLabel("Amber").CheckAsync();
        await page.GetByLabel("Schedule").SelectOptionAsync("Amber");
        await page.GetByLabel("Progress (%)").FillAsync("55");
        await page.GetByLabel("Accomplished this week").FillAsync("Data migration rehearsal passed; 2 of 3 interfaces switched.");
        await page.GetByLabel("Next steps").FillAsync("Switch the payment interface; go/no-go on 4 December.");
        await page.GetByLabel("Difficulties").FillAsync("Supplier test environment unstable.");
        await page.GetByLabel("Budget forecast at completion (EUR)").FillAsync("101 500");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "update-form-filled.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send the update" }).ClickAsync();
        var confirmation = page.Locator("#confirmation");
        await confirmation.WaitForAsync();
        Assert.Contains("Thank you, your update was received.", await confirmation.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "update-form-confirmation.png"), FullPage = true });

        var stored = (await server.Store.StatusUpdates.FindAsync(id, Links.Week))!.Value;
        Assert.Equal(Rag.Amber, stored.Overall);
        Assert.Equal(101500m, stored.BudgetForecastAtCompletion);
        Assert.Equal(55, stored.ProgressPercent);
    }

    [Fact]
    public async Task Form_errors_are_shown_in_the_browser_and_the_page_fits_a_phone()
    {
        await using var session = await StartAsync();
        var id = NewId("P");
        (await server.Client().PostAsync("/api/projects", Json(Project(id)))).Dispose();
        var link = new Uri(server.BaseAddress, await Links.UpdateFormAsync(server, id) + "?lang=fr");

        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(link.ToString());
        await page.GetByLabel("Avancement (%)").FillAsync("250");

        // novalidate: the server's own messages are what the person sees, with or without JavaScript.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Envoyer le point" }).ClickAsync();
        var errors = page.Locator("#errors");
        await errors.WaitForAsync();
        var text = await errors.InnerTextAsync();
        Assert.Contains("Météo globale", text, StringComparison.Ordinal);
        Assert.Contains("Avancement (%)\u202F: doit être compris entre 0 et 100.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("submittedBy", text, StringComparison.Ordinal);
        Assert.False(await page.GetByLabel("Vert").First.IsCheckedAsync());
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page is {width}px wide on a 390px screen.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "update-form-errors-phone-fr.png"), FullPage = true });
    }

    [Fact]
    public async Task Pmo_signs_in_and_sees_the_dashboard()
    {
        await using var session = await StartAsync();
        var admin = server.Client();
        var red = NewId("P");
        var redBody = Project(red);
        redBody["name"] = "CRM replacement";
        (await admin.PostAsync("/api/projects", Json(redBody))).Dispose();
        (await admin.SendAsync(HttpMethod.Put, $"/api/projects/{red}/updates/2026-W48", Update(red, "2026-W48", "Red"))).Dispose();
        (await admin.PostAsync("/api/escalations", Json(new System.Text.Json.Nodes.JsonObject { ["projectId"] = red, ["summary"] = "Go-live slips 6 weeks; vendor short of staff.", ["question"] = "Accept the new date?" }))).Dispose();

        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        await page.GotoAsync(new Uri(server.BaseAddress, "/api/dashboard").ToString());
        await page.GetByLabel("API key").FillAsync(ApiServer.AdminKey);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.Locator("#portfolio").WaitForAsync();

        Assert.Contains("CRM replacement", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Go-live slips 6 weeks", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "dashboard.png"), FullPage = true });
    }

    [Fact]
    public async Task Committee_member_opens_the_decision_link_decides_and_sees_the_confirmation()
    {
        await using var session = await StartAsync();
        var projectId = NewId("P");
        var body = Project(projectId);
        body["name"] = "Data centre exit";
        (await server.Client().PostAsync("/api/projects", Json(body))).Dispose();
        var link = new Uri(server.BaseAddress, await Links.DecisionAsync(server, projectId, NewId("E")));

        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1000 } });
        await page.GotoAsync(link.ToString());
        Assert.Contains("Budget overrun", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.GetByLabel("Request more information").CheckAsync();
        await page.GetByLabel("Comment (optional)").FillAsync("Show the options with and without the extra budget.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "decision-page.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Record my decision" }).ClickAsync();

        var confirmation = page.Locator("#confirmation");
        await confirmation.WaitForAsync();
        Assert.Contains("recorded in the project's decision log", await confirmation.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(Pmo.Domain.Portfolio.DecisionOutcome.RequestInformation, Assert.Single(await server.Store.Decisions.ListByProjectAsync(projectId)).Outcome);
    }

    /// <summary>A browser of its own per test, so cookies of one test never sign in another.</summary>
    private static async Task<BrowserSession> StartAsync()
    {
        var session = new BrowserSession();
        await session.InitializeAsync();
        return session;
    }
}
