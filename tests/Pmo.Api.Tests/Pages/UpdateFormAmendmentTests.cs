using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Application.Links;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Pages;

/// <summary>The update form once the week is answered: amend until the deadline (EN/FR), a stale amendment is a 409, then 410.</summary>
[Collection(ApiCollection.Name)]
public sealed class UpdateFormAmendmentTests(ApiServer server)
{
    private readonly HttpClient _anonymous = server.Browser();

    private static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>A project whose chase is running and whose manager answered Red through the form.</summary>
    private async Task<(string Id, string Url)> AnsweredAsync()
    {
        var id = NewId("AM");
        using var created = await server.Client().PostAsync("/api/projects", Json(Project(id)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = await Links.UpdateFormAsync(server, id);
        await server.Durable.ScheduleNewOrchestrationInstanceAsync("ChaseOrchestrator", null, new Microsoft.DurableTask.StartOrchestrationOptions(Chase(id)));
        using var first = await _anonymous.PostAsync(url, Form(("overall", "Red"), ("progressPercent", "30"), ("accomplishments", "First answer")));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        return (id, url);
    }

    private static string Chase(string id) => $"chase-{id}-{Links.Week}";

    private async Task<string> VersionAsync(string url)
    {
        using var page = await _anonymous.GetAsync(url);
        return (await HtmlAsync(page)).QuerySelector<IHtmlInputElement>("input[name=version]")!.Value;
    }

    [Fact]
    public async Task Answered_form_shows_this_weeks_answers_with_the_amendment_banner()
    {
        var (_, url) = await AnsweredAsync();

        using var response = await _anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlAsync(response);
        Assert.Equal(
            "You already answered on Wednesday 25 November 2026, 11:00 — you can change your answer until Friday 27 November 2026, 12:00 (Europe/Paris).",
            doc.QuerySelector("#amendment")!.TextContent);
        Assert.True(doc.QuerySelector<IHtmlInputElement>("#overall-Red")!.IsChecked);
        Assert.Equal("First answer", doc.QuerySelector<IHtmlTextAreaElement>("#accomplishments")!.Value);
        Assert.NotEmpty(doc.QuerySelector<IHtmlInputElement>("input[name=version]")!.Value);
        Assert.Equal("Save my new answer", doc.QuerySelector("button[type=submit]")!.TextContent);
        Assert.Null(doc.QuerySelector("p.muted"));
    }

    [Fact]
    public async Task Answered_form_speaks_french()
    {
        var (_, url) = await AnsweredAsync();

        using var response = await _anonymous.GetAsync(url + "?lang=fr");

        var doc = await HtmlAsync(response);
        Assert.Equal(
            "Vous avez déjà répondu le mercredi 25 novembre 2026, 11:00 — vous pouvez modifier votre réponse jusqu'au vendredi 27 novembre 2026, 12:00 (Europe/Paris).",
            doc.QuerySelector("#amendment")!.TextContent);
        Assert.Equal("Enregistrer ma nouvelle réponse", doc.QuerySelector("button[type=submit]")!.TextContent);
    }

    [Fact]
    public async Task Amendment_replaces_the_answer_and_the_projects_rag_and_does_not_tell_the_chase_again()
    {
        var (id, url) = await AnsweredAsync();
        var firstAnswer = (await server.Store.StatusUpdates.FindAsync(id, Links.Week))!.Value;

        using var response = await _anonymous.PostAsync(url, Form(
            ("version", await VersionAsync(url)), ("overall", "Amber"), ("progressPercent", "35"), ("accomplishments", "Amended answer")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var confirmation = (await HtmlAsync(response)).QuerySelector("#confirmation")!.TextContent;
        Assert.Contains("Your answer was changed.", confirmation, StringComparison.Ordinal);
        Assert.Contains("until Friday 27 November 2026, 12:00 (Europe/Paris)", confirmation, StringComparison.Ordinal);
        var stored = (await server.Store.StatusUpdates.FindAsync(id, Links.Week))!.Value;
        Assert.Equal(Rag.Amber, stored.Overall);
        Assert.Equal("Amended answer", stored.Accomplishments);
        Assert.Equal(firstAnswer.SubmittedAt, stored.SubmittedAt);
        Assert.Equal(server.Clock.GetUtcNow(), stored.AmendedAt);
        Assert.Equal(Rag.Amber, (await server.Store.Projects.FindAsync(id))!.Value.LatestRag);
        Assert.Single(server.Durable.Raised, e => e.InstanceId == Chase(id));
    }

    [Fact]
    public async Task Stale_amendment_is_a_409_that_keeps_both_answers()
    {
        var (id, url) = await AnsweredAsync();
        var version = await VersionAsync(url);
        using var winner = await _anonymous.PostAsync(url, Form(("version", version), ("overall", "Amber"), ("accomplishments", "Winner")));
        Assert.Equal(HttpStatusCode.OK, winner.StatusCode);

        using var stale = await _anonymous.PostAsync(url + "?lang=fr", Form(("version", version), ("overall", "Green"), ("accomplishments", "Late tab")));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var doc = await HtmlAsync(stale);
        Assert.StartsWith("Votre réponse n'a pas été enregistrée\u202F: la réponse de cette semaine a été modifiée le mercredi 25 novembre 2026, 11:00",
            doc.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Late tab", doc.QuerySelector<IHtmlTextAreaElement>("#accomplishments")!.Value);
        var current = doc.QuerySelector<IHtmlInputElement>("input[name=version]")!.Value;
        Assert.NotEqual(version, current);
        Assert.Equal("Winner", (await server.Store.StatusUpdates.FindAsync(id, Links.Week))!.Value.Accomplishments);

        // Sent again from the conflict page, it replaces the answer it was shown.
        using var resent = await _anonymous.PostAsync(url, Form(("version", current), ("overall", "Green"), ("accomplishments", "Late tab")));
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal("Late tab", (await server.Store.StatusUpdates.FindAsync(id, Links.Week))!.Value.Accomplishments);
    }

    [Fact]
    public async Task Stale_amendment_message_in_english()
    {
        var (_, url) = await AnsweredAsync();
        var version = await VersionAsync(url);
        using var winner = await _anonymous.PostAsync(url, Form(("version", version), ("overall", "Amber")));

        using var stale = await _anonymous.PostAsync(url, Form(("version", version), ("overall", "Green")));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.StartsWith("Your answer was not saved: this week's answer was changed on Wednesday 25 November 2026, 11:00 (Europe/Paris), after you opened this form.",
            (await HtmlAsync(stale)).QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_deadline_or_when_missed_the_link_is_refused_and_the_answer_stays()
    {
        var (id, url) = await AnsweredAsync();
        var version = await VersionAsync(url);
        var request = (await server.Store.UpdateRequests.FindAsync($"{id}-{Links.Week}"))!;

        // The deadline has passed (the link itself is still within its expiry).
        await server.Store.UpdateRequests.ReplaceAsync(request.Value with { Deadline = server.Clock.GetUtcNow().AddMinutes(-1) }, request.ETag);
        using var late = await _anonymous.PostAsync(url, Form(("version", version), ("overall", "Green")));
        using var lateView = await _anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, lateView.StatusCode);
        Assert.Contains("This request is closed", (await HtmlAsync(late)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        // Marked missed before its deadline (the chase decides): refused as well.
        request = (await server.Store.UpdateRequests.FindAsync($"{id}-{Links.Week}"))!;
        await server.Store.UpdateRequests.ReplaceAsync(
            request.Value with { Deadline = Links.Deadline, Status = UpdateRequestStatus.Missed }, request.ETag);
        using var missed = await _anonymous.PostAsync(url, Form(("version", version), ("overall", "Green")));
        Assert.Equal(HttpStatusCode.Gone, missed.StatusCode);

        Assert.Equal(Rag.Red, (await server.Store.StatusUpdates.FindAsync(id, Links.Week))!.Value.Overall);
    }

    [Fact]
    public async Task A_link_for_another_project_cannot_amend_this_answer()
    {
        var (id, _) = await AnsweredAsync();
        var other = Links.Sign(server, LinkPurpose.UpdateForm, "SOMEONE-ELSE", $"{id}-{Links.Week}", ApiServer.ManagerEmail);

        using var response = await _anonymous.GetAsync("/api/forms/update/" + Uri.EscapeDataString(other));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
