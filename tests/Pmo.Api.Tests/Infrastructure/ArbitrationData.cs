using Pmo.Application.Links;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Api.Tests.Infrastructure;

/// <summary>An arbitration session seeded as the workflow opens it (two requests in arbitration) and its members' vote links.</summary>
public static class ArbitrationData
{
    public static readonly Contact Carl = new("Carl Committee", "carl@example.org");
    public static readonly Contact Claire = new("Claire Comité", "claire@example.org", Language.Fr);
    public static readonly Contact Chair = new("Hugo Chair", "hugo@example.org");

    private static int _months;

    /// <summary>A session of its own month (the store is shared by the collection) closing at <paramref name="deadline"/>.</summary>
    public static async Task<ArbitrationSession> SeedAsync(ApiServer server, DateTimeOffset deadline, IReadOnlyList<ArbitrationVote>? votes = null)
    {
        var month = new YearMonth(2040 + (Interlocked.Increment(ref _months) / 12), 1 + (_months % 12));
        var first = DemandData.Stored(TestData.NewId("ARB"), DemandStatus.InArbitration) with { Title = "Supplier self-service portal" };
        var second = DemandData.Stored(TestData.NewId("ARB"), DemandStatus.InArbitration) with
        {
            Title = "Expense app",
            Sponsor = new Contact("Fiona Finance", "fiona@example.org"),
            EstimatedBudget = new Money(80_000m),
            Scores = new PriorityCriteria(2, 2, 3, 1, 5),
        };
        await server.Store.Demands.CreateAsync(first);
        await server.Store.Demands.CreateAsync(second);
        var session = new ArbitrationSession
        {
            Id = ArbitrationSessionIds.For(month),
            Month = month,
            Members = [Carl, Claire],
            Chair = Chair,
            Agenda = [first.Id, second.Id],
            Votes = [.. (votes ?? []).Select(v => v with { DemandId = v.DemandId == "first" ? first.Id : second.Id })],
            DeadlineUtc = deadline,
        };
        return (await server.Store.ArbitrationSessions.CreateAsync(session)).Value;
    }

    /// <summary>The vote page's relative URL for <paramref name="email"/> (any address: the page checks membership).</summary>
    public static string VoteUrl(ApiServer server, ArbitrationSession session, string email, DateTimeOffset? expires = null) =>
        "/api/forms/arbitration/" + Uri.EscapeDataString(
            Links.Sign(server, LinkPurpose.ArbitrationVote, "", session.Month.ToString(), email, expires ?? session.DeadlineUtc.AddDays(30)));
}
