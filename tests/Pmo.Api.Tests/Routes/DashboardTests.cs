using AngleSharp.Html.Parser;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Tests.Shared;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class DashboardTests(ApiServer server)
{
    [Fact]
    public async Task Dashboard_shows_projects_escalations_and_for_admins_the_outbox()
    {
        var id = NewId("P");
        var admin = server.Client();
        await admin.CreateProjectAsync(id);
        (await admin.PostAsync("/api/escalations", Json(new System.Text.Json.Nodes.JsonObject { ["projectId"] = id, ["summary"] = "Dashboard <b>escalation</b>" }))).Dispose();
        var eml = "From: PMO <pmo@example.org>\r\nTo: pm@example.org\r\nSubject: Weekly update for " + id + "\r\nDate: Mon, 23 Nov 2026 08:00:00 +0000\r\nMessage-ID: <" + id + "@pmo>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease send your update.\r\n";
        await File.WriteAllTextAsync(Path.Combine(server.OutboxFolder, id + ".eml"), eml);

        using var response = await admin.GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(id, doc.QuerySelector("#portfolio")!.NextElementSibling!.NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dashboard <b>escalation</b>", doc.Body!.TextContent, StringComparison.Ordinal);
        var link = doc.QuerySelectorAll("#outbox ~ table a").Single(a => a.TextContent.Contains(id, StringComparison.Ordinal));
        // Sent at 08:00 UTC: shown on the organisation's clock (settings: Europe/Paris), the zone named.
        Assert.Equal("Sent (Europe/Paris)", doc.QuerySelector("#outbox ~ table th")!.TextContent);
        Assert.Equal("Mon 23 Nov 2026, 09:00", link.ParentElement!.ParentElement!.Children[0].TextContent);

        using var message = await admin.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        var page = await message.Content.ReadAsStringAsync();
        Assert.Contains("Please send your update.", page, StringComparison.Ordinal);
        Assert.Contains("Monday 23 November 2026, 09:00 (Europe/Paris)", page, StringComparison.Ordinal);

        using var readerView = await server.Client(ApiServer.ReaderKey).GetAsync("/api/dashboard");
        Assert.DoesNotContain("Mail outbox", await readerView.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_in_french_is_french_from_its_lang_to_its_dates_and_its_links_round_trip_to_english_and_the_capacity_page()
    {
        var id = NewId("P");
        var admin = server.Client();
        await admin.CreateProjectAsync(id);
        (await admin.PostAsync("/api/escalations", Json(new System.Text.Json.Nodes.JsonObject { ["projectId"] = id, ["summary"] = "Escalade du tableau de bord" }))).Dispose();

        var french = await PageAsync(admin, "/api/dashboard?lang=fr");

        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Tableau de bord du PMO", french.Title);
        Assert.StartsWith("Tableau de bord du PMO — ", french.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Météo du portefeuille", french.QuerySelector("#portfolio")!.TextContent);
        Assert.Contains("Chef de projet", french.QuerySelector("#portfolio ~ table thead")!.TextContent, StringComparison.Ordinal);
        // The server's clock is 25 November 2026: the escalation was raised that day, written the French way.
        var escalation = french.QuerySelectorAll("#escalations + table tbody tr").Single(tr => tr.Children[0].TextContent == id);
        Assert.Equal(["Ouverte", "25 nov. 2026"], escalation.Children.Skip(2).Select(td => td.TextContent));
        // The page's own words (the rows hold other tests' projects and escalations, in their own words).
        Assert.Empty(FrenchTypography.Faults(string.Join("\n", french.QuerySelectorAll("h1, h2, nav a, th, .tile").Select(e => e.TextContent))));

        var capacity = await PageAsync(admin, Href(french, "Plan de charge"));
        Assert.Equal("fr", capacity.DocumentElement.GetAttribute("lang"));
        var back = await PageAsync(admin, Href(capacity, "← Tableau de bord"));
        Assert.Equal("fr", back.DocumentElement.GetAttribute("lang"));

        var english = await PageAsync(admin, Href(back, "English"));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Portfolio RAG overview", english.QuerySelector("#portfolio")!.TextContent);
        Assert.Equal("/api/dashboard?lang=fr", Href(english, "Français"));
    }

    [Fact]
    public async Task The_dashboard_without_lang_is_english_as_before()
    {
        var id = NewId("P");
        var admin = server.Client();
        await admin.CreateProjectAsync(id);
        (await admin.PostAsync("/api/escalations", Json(new System.Text.Json.Nodes.JsonObject { ["projectId"] = id, ["summary"] = "English escalation" }))).Dispose();

        var page = await PageAsync(admin, "/api/dashboard");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("PMO dashboard", page.Title);
        Assert.StartsWith("PMO dashboard — ", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Project", "Manager", "RAG", "Last update", "This week"],
            page.QuerySelectorAll("#portfolio ~ table")[0].QuerySelectorAll("th").Select(th => th.TextContent));
        var escalation = page.QuerySelectorAll("#escalations + table tbody tr").Single(tr => tr.Children[0].TextContent == id);
        Assert.Equal(["Open", "25 Nov 2026"], escalation.Children.Skip(2).Select(td => td.TextContent));
        Assert.Equal("/api/dashboard/capacity", Href(page, "Capacity"));
        // The page's own words (the rows hold other tests' escalations, some in French).
        Assert.DoesNotContain(FrenchTypography.Thin, string.Join("\n", page.QuerySelectorAll("h1, h2, nav a, th, .tile").Select(e => e.TextContent)));
    }

    private static async Task<AngleSharp.Dom.IDocument> PageAsync(HttpClient client, string? url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string? Href(AngleSharp.Dom.IDocument page, string text) =>
        page.QuerySelectorAll("nav a").Single(a => a.TextContent == text).GetAttribute("href");

    [Fact]
    public async Task A_browser_without_a_key_is_sent_to_sign_in_and_the_cookie_then_works_for_reading_only()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var browser = new HttpClient(handler) { BaseAddress = server.BaseAddress };

        using var first = await browser.GetAsync("/api/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/api/dashboard/signin", first.Headers.Location?.OriginalString);

        using var wrong = await browser.PostAsync("/api/dashboard/signin", new FormUrlEncodedContent([new("apiKey", "nope")]));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var signIn = await browser.PostAsync("/api/dashboard/signin", new FormUrlEncodedContent([new("apiKey", ApiServer.ReaderKey)]));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var dashboard = await browser.GetAsync("/api/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        // The cookie is scoped to the dashboard and to reads: it never authorises API writes.
        using var write = await browser.PostAsync("/api/projects", Json(Project(NewId("P"))));
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }
}
