using AngleSharp.Html.Parser;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Application.Links;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class DecisionPageTests(ApiServer server)
{
    private readonly HttpClient _anonymous = server.Browser();

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [Fact]
    public async Task Decision_page_shows_the_situation_and_records_the_decision_once()
    {
        var projectId = NewId("P");
        await server.Client().CreateProjectAsync(projectId);
        var escalationId = NewId("E");
        var url = await Links.DecisionAsync(server, projectId, escalationId);

        using var page = await _anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.Contains("Approve an extra 18 000 EUR?", doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, doc.QuerySelectorAll("input[name=outcome]").Length);
        Assert.NotNull(doc.QuerySelector("label[for=comment]"));

        using var missing = await _anonymous.PostAsync(url, Form(("comment", "no choice")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);

        using var decided = await _anonymous.PostAsync(url, Form(("outcome", "Defer"), ("comment", "Come back with options")));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("recorded", await decided.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var decision = Assert.Single(await server.Store.Decisions.ListByProjectAsync(projectId));
        Assert.Equal(DecisionOutcome.Defer, decision.Outcome);
        Assert.Equal("chair@example.org", decision.DecidedBy);

        using var again = await _anonymous.PostAsync(url, Form(("outcome", "Approve")));
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task Decision_page_in_french()
    {
        var projectId = NewId("P");
        await server.Client().CreateProjectAsync(projectId);
        var url = await Links.DecisionAsync(server, projectId, NewId("E"));
        using var page = await _anonymous.GetAsync(url + "?lang=fr");
        Assert.Contains("Décision du comité de direction", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_approval_page_approves_the_pack_once()
    {
        var month = new YearMonth(2024, 3);
        await server.Store.ReviewPacks.UpsertAsync(new ReviewPack { Month = month, Status = ReviewPackStatus.AwaitingApproval, ProjectCount = 4 });
        var token = Links.Sign(server, LinkPurpose.PackApproval, "", month.ToString(), "pmo@example.org", server.Clock.GetUtcNow().AddDays(2));
        var url = "/api/forms/pack/" + Uri.EscapeDataString(token);

        using var page = await _anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var approved = await _anonymous.PostAsync(url, Form());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(ReviewPackStatus.Approved, (await server.Store.ReviewPacks.FindAsync(month))!.Value.Status);
        using var again = await _anonymous.PostAsync(url, Form());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }
}
