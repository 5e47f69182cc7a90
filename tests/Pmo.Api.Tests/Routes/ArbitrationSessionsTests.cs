using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class ArbitrationSessionsTests(ApiServer server)
{
    private static readonly Contact Chair = new("Hugo", "hugo@example.org", Language.Fr);
    private static readonly Contact Member = new("Carl", "carl@example.org");

    [Fact]
    public async Task A_closed_session_shows_its_votes_and_outcome_and_the_history_lists_it()
    {
        var month = new YearMonth(2025, 3);
        var before = server.Clock.GetUtcNow().AddDays(-2);
        await server.Store.ArbitrationSessions.UpsertAsync(Session(month, server.Clock.GetUtcNow().AddDays(-1)) with
        {
            Votes = [new ArbitrationVote(Member.Email, "D-1", VoteChoice.Go, before), new ArbitrationVote(Chair.Email, "D-1", VoteChoice.NoGo, before)],
        });

        using var response = await server.Client(ApiServer.ReaderKey).GetAsync("/api/arbitration/sessions/2025-03");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.True(body["closed"]!.GetValue<bool>());
        Assert.Equal(2, body["session"]!["votes"]!.AsArray().Count);
        var outcome = Assert.Single(body["outcome"]!.AsArray())!;
        Assert.Equal(("D-1", "NoGo"), (outcome["demandId"]!.GetValue<string>(), outcome["outcome"]!.GetValue<string>()));

        using var history = await server.Client(ApiServer.ReaderKey).GetAsync("/api/arbitration/sessions?limit=120");
        Assert.Contains(JsonNode.Parse(await history.Content.ReadAsStringAsync())!.AsArray(), s => s!["session"]!["month"]!.GetValue<string>() == "2025-03");
    }

    [Fact]
    public async Task An_open_session_shows_no_outcome_yet()
    {
        await server.Store.ArbitrationSessions.UpsertAsync(Session(new YearMonth(2025, 4), server.Clock.GetUtcNow().AddDays(3)));

        using var response = await server.Client(ApiServer.ReaderKey).GetAsync("/api/arbitration/sessions/2025-04");

        var body = await BodyAsync(response);
        Assert.False(body["closed"]!.GetValue<bool>());
        Assert.Empty(body["outcome"]!.AsArray());
    }

    [Fact]
    public async Task Unknown_and_malformed_months_are_problems()
    {
        using var missing = await server.Client(ApiServer.ReaderKey).GetAsync("/api/arbitration/sessions/1999-01");
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
        using var malformed = await server.Client(ApiServer.ReaderKey).GetAsync("/api/arbitration/sessions/march");
        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest, "month");
    }

    private static ArbitrationSession Session(YearMonth month, DateTimeOffset deadline) => new()
    {
        Id = ArbitrationSessionIds.For(month),
        Month = month,
        Members = [Member, Chair],
        Chair = Chair,
        Agenda = ["D-1"],
        DeadlineUtc = deadline,
    };
}
