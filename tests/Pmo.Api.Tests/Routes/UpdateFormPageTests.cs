using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class UpdateFormPageTests(ApiServer server)
{
    private readonly HttpClient _anonymous = server.Browser();

    private static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private async Task<string> NewProjectWithLastWeekAsync(string? name = null)
    {
        var id = NewId("P");
        var body = Project(id);
        if (name is not null)
        {
            body["name"] = name;
        }

        using var created = await server.Client().PostAsync("/api/projects", Json(body));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await server.Store.StatusUpdates.CreateAsync(new StatusUpdate
        {
            ProjectId = id,
            Week = Links.Week.Previous(),
            Overall = Rag.Amber,
            Dimensions = new DimensionRags(Schedule: Rag.Amber),
            ProgressPercent = 35,
            Accomplishments = "Last week's accomplishments",
            NextSteps = "Last week's next steps",
            SubmittedBy = ApiServer.ManagerEmail,
            SubmittedAt = server.Clock.GetUtcNow().AddDays(-7),
        });
        return id;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [Fact]
    public async Task Form_is_prefilled_from_last_week_shows_the_deadline_and_labels_every_field()
    {
        var id = await NewProjectWithLastWeekAsync();
        var url = await Links.UpdateFormAsync(server, id);

        using var response = await _anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var doc = await HtmlAsync(response);
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Last week's accomplishments", doc.QuerySelector<IHtmlTextAreaElement>("#accomplishments")!.Value);
        Assert.True(doc.QuerySelector<IHtmlInputElement>("#overall-Amber")!.IsChecked);
        Assert.Equal("35", doc.QuerySelector<IHtmlInputElement>("#progressPercent")!.Value);
        Assert.Contains("Friday 27 November 2026, 12:00 (Europe/Paris)", doc.QuerySelector(".deadline")!.TextContent, StringComparison.Ordinal);
        foreach (var control in doc.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
        {
            Assert.NotNull(doc.QuerySelector($"label[for='{control.Id}']"));
        }

        Assert.Empty(doc.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Form_speaks_french_for_a_french_manager_or_with_lang_fr()
    {
        var id = await NewProjectWithLastWeekAsync();
        var url = await Links.UpdateFormAsync(server, id);

        using var response = await _anonymous.GetAsync(url + "?lang=fr");

        var doc = await HtmlAsync(response);
        Assert.Equal("fr", doc.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Point d'avancement hebdomadaire", doc.Title, StringComparison.Ordinal);
        Assert.Contains("vendredi 27 novembre 2026", doc.QuerySelector(".deadline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_answers_come_back_with_clear_messages_and_the_values_kept()
    {
        var id = await NewProjectWithLastWeekAsync();
        var url = await Links.UpdateFormAsync(server, id);

        using var response = await _anonymous.PostAsync(url, Form(("progressPercent", "lots"), ("accomplishments", "Kept text"), ("budgetActualToDate", "12 500,50")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = await HtmlAsync(response);
        Assert.NotNull(doc.QuerySelector("#errors"));
        Assert.Contains("Overall status: choose one.", doc.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Progress (%): must be a number.", doc.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept text", doc.QuerySelector<IHtmlTextAreaElement>("#accomplishments")!.Value);
        Assert.Equal("12500.50", doc.QuerySelector<IHtmlInputElement>("#budgetActualToDate")!.Value);
        Assert.Null(await server.Store.StatusUpdates.FindAsync(id, Links.Week));
    }

    [Fact]
    public async Task Domain_rules_are_reported_on_the_field()
    {
        var id = await NewProjectWithLastWeekAsync();
        var url = await Links.UpdateFormAsync(server, id);

        using var response = await _anonymous.PostAsync(url, Form(("overall", "Green"), ("progressPercent", "140")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = await HtmlAsync(response);
        Assert.Contains("Progress (%)", doc.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", doc.QuerySelector("#progressPercent")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Submit_stores_the_update_tells_the_chase_confirms_and_a_second_first_answer_is_a_conflict()
    {
        var id = await NewProjectWithLastWeekAsync();
        var url = await Links.UpdateFormAsync(server, id);
        await server.Durable.ScheduleNewOrchestrationInstanceAsync("ChaseOrchestrator", null, new Microsoft.DurableTask.StartOrchestrationOptions($"chase-{id}-{Links.Week}"));

        using var response = await _anonymous.PostAsync(url, Form(
            ("overall", "Red"), ("dimensions.schedule", "Red"), ("progressPercent", "45"), ("accomplishments", "Cut-over rehearsed"),
            ("budgetForecastAtCompletion", "104000"), ("milestone.0", "2026-10-20"), ("needsDecision", "true"), ("decisionQuestion", "Extend?")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlAsync(response);
        Assert.Contains("Thank you, your update was received.", doc.QuerySelector("#confirmation")!.TextContent, StringComparison.Ordinal);
        var stored = (await server.Store.StatusUpdates.FindAsync(id, Links.Week))!.Value;
        Assert.Equal(Rag.Red, stored.Overall);
        Assert.Equal(104000m, stored.BudgetForecastAtCompletion);
        Assert.Equal(new DateOnly(2026, 10, 20), Assert.Single(stored.MilestoneForecasts).Forecast);
        Assert.True(stored.NeedsDecision);
        Assert.Equal(ApiServer.ManagerEmail, stored.SubmittedBy);
        Assert.Contains(server.Durable.Raised, e => e.InstanceId == $"chase-{id}-{Links.Week}" && e.EventName == "UpdateSubmitted");

        // Posted again without the answer it amends (a second tab, a double click): nothing is overwritten. Amending
        // until the deadline and the link closing after it are in Pages/UpdateFormAmendmentTests.
        using var again = await _anonymous.PostAsync(url, Form(("overall", "Green")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(Rag.Red, (await server.Store.StatusUpdates.FindAsync(id, Links.Week))!.Value.Overall);
    }

    [Fact]
    public async Task Tampered_expired_and_foreign_purpose_links_are_refused_with_a_page()
    {
        var id = await NewProjectWithLastWeekAsync();
        var url = await Links.UpdateFormAsync(server, id);

        using var tampered = await _anonymous.GetAsync(url[..^3] + (url[^3] == 'A' ? "B" : "A") + url[^2..]);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal("text/html", tampered.Content.Headers.ContentType?.MediaType);

        var expired = await Links.UpdateFormAsync(server, id, server.Clock.GetUtcNow().AddMinutes(-1));
        using var expiredResponse = await _anonymous.GetAsync(expired);
        Assert.Equal(HttpStatusCode.Gone, expiredResponse.StatusCode);

        var decisionToken = Links.Sign(server, Application.Links.LinkPurpose.Decision, id, $"{id}-{Links.Week}", "x@example.org");
        using var wrongPurpose = await _anonymous.GetAsync("/api/forms/update/" + Uri.EscapeDataString(decisionToken));
        Assert.Equal(HttpStatusCode.Forbidden, wrongPurpose.StatusCode);

        using var garbage = await _anonymous.PostAsync("/api/forms/update/not-a-token", Form(("overall", "Green")));
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
    }

    [Fact]
    public async Task Markup_in_project_data_is_shown_as_text()
    {
        var id = await NewProjectWithLastWeekAsync("<script>alert(1)</script> & <b>bold</b>");
        var url = await Links.UpdateFormAsync(server, id);

        using var response = await _anonymous.GetAsync(url);

        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("script-src", response.Headers.GetValues("Content-Security-Policy").Single().Replace("default-src 'none'", "script-src none", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_json_to_the_form_is_415()
    {
        var id = await NewProjectWithLastWeekAsync();
        var url = await Links.UpdateFormAsync(server, id);
        using var response = await _anonymous.PostAsync(url, Json(new System.Text.Json.Nodes.JsonObject { ["overall"] = "Green" }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
