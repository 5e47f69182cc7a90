using Pmo.Api.Tests.Infrastructure;
using Pmo.Application.Links;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Intake;
using static Pmo.Api.Tests.Infrastructure.ArbitrationData;

namespace Pmo.Api.Tests.Pages;

/// <summary>The arbitration vote page over HTTP: the agenda, votes stored and replaced, the closed session, refused links.</summary>
[Collection(ApiCollection.Name)]
public sealed class ArbitrationVotePageTests(ApiServer server)
{
    [Fact]
    public async Task The_page_lists_the_agenda_and_a_post_stores_the_votes_tells_the_session_and_shows_them()
    {
        var session = await SeedAsync(server, server.Clock.GetUtcNow().AddDays(3));
        var url = VoteUrl(server, session, Carl.Email);
        var browser = server.Browser();
        var (first, second) = (session.Agenda[0], session.Agenda[1]);

        var shown = WebUtility.HtmlDecode(await browser.GetStringAsync(url));
        Assert.Contains("Arbitration vote — " + session.Month.FirstDay.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), shown, StringComparison.Ordinal);
        Assert.Contains("Voting as: Carl Committee (carl@example.org)", shown, StringComparison.Ordinal);
        Assert.True(shown.IndexOf("1. Supplier self-service portal", StringComparison.Ordinal) < shown.IndexOf("2. Expense app", StringComparison.Ordinal));
        Assert.Contains("<td>Fiona Finance</td>", shown, StringComparison.Ordinal);
        Assert.Contains("<td>80,000 EUR</td>", shown, StringComparison.Ordinal);
        Assert.Contains($"name=\"choice-{first}\" value=\"NoGo\"", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" checked", shown, StringComparison.Ordinal);

        using var voted = await browser.PostAsync(url, Form((first, "Go", "Strong case."), (second, "Defer", "")));
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        var page = WebUtility.HtmlDecode(await voted.Content.ReadAsStringAsync());
        Assert.Contains("Your votes are recorded.", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"choice-{first}\" value=\"Go\" checked", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"choice-{second}\" value=\"Defer\" checked", page, StringComparison.Ordinal);
        Assert.Contains(">Strong case.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains(server.Durable.Raised, e => e.InstanceId == InstanceIds.Arbitration(session.Month) && e.EventName == WorkflowEvents.ArbitrationVoteCast);

        using var changed = await browser.PostAsync(url, Form((first, "NoGo", "")));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var stored = (await server.Store.ArbitrationSessions.FindAsync(session.Month))!.Value;
        Assert.Equal(VoteChoice.NoGo, Assert.Single(stored.VotesOn(first)).Choice);
        Assert.Equal(VoteChoice.Defer, Assert.Single(stored.VotesOn(second)).Choice);
    }

    [Fact]
    public async Task A_french_member_gets_the_page_in_french()
    {
        var session = await SeedAsync(server, server.Clock.GetUtcNow().AddDays(3));

        var shown = WebUtility.HtmlDecode(await server.Browser().GetStringAsync(VoteUrl(server, session, Claire.Email)));

        Assert.Contains("<html lang=\"fr\"", shown, StringComparison.Ordinal);
        Assert.Contains("Vote d'arbitrage", shown, StringComparison.Ordinal);
        Assert.Contains("Vous votez en tant que\u202F: Claire Comité", shown, StringComparison.Ordinal);
        Assert.Contains("> Reporter</label>", shown, StringComparison.Ordinal);
        Assert.Contains("<td>80\u202F000 EUR</td>", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_any_choice_or_with_an_unknown_one_is_refused_naming_the_request_and_stores_nothing()
    {
        var session = await SeedAsync(server, server.Clock.GetUtcNow().AddDays(3));
        var url = VoteUrl(server, session, Carl.Email);
        var browser = server.Browser();

        using var empty = await browser.PostAsync(url, Form((session.Agenda[0], "", "")));
        using var number = await browser.PostAsync(url, Form((session.Agenda[0], "1", "")));
        using var commentOnly = await browser.PostAsync(url, Form((session.Agenda[1], "", "Why?")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Your vote: Choose GO, NO-GO or Defer for at least one request.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, number.StatusCode);
        Assert.Contains("Supplier self-service portal – Your vote: must be GO, NO-GO or Defer.", WebUtility.HtmlDecode(await number.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, commentOnly.StatusCode);
        Assert.Contains("Expense app – Your vote: choose GO, NO-GO or Defer to send this comment.", WebUtility.HtmlDecode(await commentOnly.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty((await server.Store.ArbitrationSessions.FindAsync(session.Month))!.Value.Votes);
    }

    [Fact]
    public async Task A_refused_post_shows_the_choices_and_comments_just_posted_not_the_stored_votes_with_each_error_beside_its_request()
    {
        var deadline = server.Clock.GetUtcNow().AddDays(3);
        var session = await SeedAsync(server, deadline, [new ArbitrationVote(Carl.Email, "first", VoteChoice.Go, deadline.AddDays(-4), "Strong case.")]);
        var url = VoteUrl(server, session, Carl.Email);
        var (first, second) = (session.Agenda[0], session.Agenda[1]);

        using var refused = await server.Browser().PostAsync(url, Form((first, "NoGo", "Budget too high."), (second, "", "Why not next year?")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"name=\"choice-{first}\" value=\"NoGo\" checked", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"choice-{first}\" value=\"Go\" checked", page, StringComparison.Ordinal);
        Assert.Contains(">Budget too high.</textarea>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Strong case.", page, StringComparison.Ordinal);
        Assert.Contains(">Why not next year?</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Expense app – Your vote: choose GO, NO-GO or Defer to send this comment.</li>", page, StringComparison.Ordinal);
        var secondFieldset = page[page.IndexOf($"<fieldset id=\"demand-{second}\"", StringComparison.Ordinal)..];
        Assert.Contains($"<p class=\"field-error\" id=\"choice-{second}-error\">choose GO, NO-GO or Defer to send this comment.</p>", secondFieldset, StringComparison.Ordinal);
        Assert.Contains($"aria-invalid=\"true\" aria-describedby=\"choice-{second}-error\"", secondFieldset, StringComparison.Ordinal);
        Assert.DoesNotContain("field-error", page[..page.IndexOf($"<fieldset id=\"demand-{second}\"", StringComparison.Ordinal)].Split("<form")[1], StringComparison.Ordinal);
        Assert.Equal(VoteChoice.Go, Assert.Single((await server.Store.ArbitrationSessions.FindAsync(session.Month))!.Value.Votes).Choice);
    }

    [Fact]
    public async Task A_comment_the_store_refuses_is_named_beside_that_requests_comment_with_the_posted_text_kept()
    {
        var session = await SeedAsync(server, server.Clock.GetUtcNow().AddDays(3));
        var url = VoteUrl(server, session, Claire.Email);
        var (first, second) = (session.Agenda[0], session.Agenda[1]);
        var tooLong = new string('x', 4001);

        using var refused = await server.Browser().PostAsync(url, Form((first, "Defer", ""), (second, "Go", tooLong)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"name=\"choice-{first}\" value=\"Defer\" checked", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"choice-{second}\" value=\"Go\" checked", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"field-error\" id=\"comment-{second}-error\">", page, StringComparison.Ordinal);
        Assert.Contains($"aria-invalid=\"true\" aria-describedby=\"comment-{second}-error\">{tooLong}</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Expense app – Commentaire (facultatif)\u202F: ", page, StringComparison.Ordinal);
        Assert.Empty((await server.Store.ArbitrationSessions.FindAsync(session.Month))!.Value.Votes);
    }

    [Fact]
    public async Task After_the_deadline_the_page_says_the_session_is_closed_shows_the_outcome_and_refuses_a_vote()
    {
        var deadline = server.Clock.GetUtcNow().AddHours(-1);
        var session = await SeedAsync(server, deadline,
            [new ArbitrationVote(Carl.Email, "first", VoteChoice.Go, deadline.AddDays(-1)), new ArbitrationVote(Claire.Email, "first", VoteChoice.Go, deadline.AddDays(-1))]);
        var url = VoteUrl(server, session, Carl.Email);
        var browser = server.Browser();

        var shown = WebUtility.HtmlDecode(await browser.GetStringAsync(url));
        using var late = await browser.PostAsync(url, Form((session.Agenda[1], "Go", "")));

        Assert.Contains("This session is closed: votes were taken until", shown, StringComparison.Ordinal);
        Assert.Contains("<td>Supplier self-service portal</td><td>GO</td><td><strong>GO</strong></td>", shown, StringComparison.Ordinal);
        Assert.Contains("<td>Expense app</td><td>not voted yet</td><td><strong>Defer</strong></td>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("This session is closed", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await server.Store.ArbitrationSessions.FindAsync(session.Month))!.Value.Votes.Count);
    }

    [Fact]
    public async Task Forged_expired_non_member_and_foreign_purpose_links_are_refused()
    {
        var session = await SeedAsync(server, server.Clock.GetUtcNow().AddDays(3));
        var browser = server.Browser();
        var good = VoteUrl(server, session, Carl.Email);
        var forged = good[..^3] + (good[^3] == 'A' ? "B" : "A") + good[^2..];
        var expired = VoteUrl(server, session, Carl.Email, server.Clock.GetUtcNow().AddSeconds(-1));
        var stranger = VoteUrl(server, session, "mallory@example.org");
        var decision = "/api/forms/arbitration/" + Uri.EscapeDataString(
            Links.Sign(server, LinkPurpose.Decision, "", session.Month.ToString(), Carl.Email, server.Clock.GetUtcNow().AddDays(1)));
        var ballot = (session.Agenda[0], "Go", "");

        using var forgedPost = await browser.PostAsync(forged, Form(ballot));
        using var expiredGet = await browser.GetAsync(expired);
        using var strangerPost = await browser.PostAsync(stranger, Form(ballot));
        using var wrongPurpose = await browser.GetAsync(decision);

        Assert.Equal(HttpStatusCode.Forbidden, forgedPost.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expiredGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, strangerPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongPurpose.StatusCode);
        Assert.Contains("This link cannot be used", await strangerPost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await server.Store.ArbitrationSessions.FindAsync(session.Month))!.Value.Votes);
    }

    private static FormUrlEncodedContent Form(params (string Demand, string Choice, string Comment)[] ballots) =>
        new(ballots.SelectMany(b => new[]
        {
            new KeyValuePair<string, string>("choice-" + b.Demand, b.Choice),
            new KeyValuePair<string, string>("comment-" + b.Demand, b.Comment),
        }));
}
