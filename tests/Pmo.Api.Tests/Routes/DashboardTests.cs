using AngleSharp.Html.Parser;
using Pmo.Api.Tests.Infrastructure;
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
