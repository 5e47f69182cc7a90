using Pmo.Application.Ports.Storage;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;

namespace Pmo.Storage.Contract;

/// <summary>Arbitration sessions: by month, the history, votes kept exactly, and concurrent votes never lost.</summary>
public abstract partial class PortfolioStoreContract
{
    private static readonly Contact Chair = new("Claire Chair", "claire@example.org", Language.Fr);
    private static readonly Contact Member = new("Marc Member", "marc@example.org");

    private static ArbitrationSession Session(YearMonth month) => new()
    {
        Id = ArbitrationSessionIds.For(month),
        Month = month,
        Members = [Chair, Member],
        Chair = Chair,
        Rule = ArbitrationRule.ChairDecides,
        Agenda = ["D-2", "D-1"],
        DeadlineUtc = new DateTimeOffset(2027, 3, 9, 13, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Arbitration_session_is_found_by_month_with_its_votes_intact()
    {
        var vote = new ArbitrationVote(Member.Email, "D-1", VoteChoice.NoGo, Samples.Instant, "Too costly — « trop cher »");
        await Store.ArbitrationSessions.CreateAsync(Session(new YearMonth(2027, 3)) with { Votes = [vote] });

        var found = (await Store.ArbitrationSessions.FindAsync(new YearMonth(2027, 3)))?.Value;

        Assert.NotNull(found);
        Assert.Equal(["D-2", "D-1"], found.Agenda);
        Assert.Equal(ArbitrationRule.ChairDecides, found.Rule);
        Assert.Equal(Chair, found.Chair);
        Assert.Equal(vote, Assert.Single(found.Votes));
        Assert.Equal(Samples.Instant.Offset, found.Votes[0].At.Offset);
        Assert.Null(await Store.ArbitrationSessions.FindAsync(new YearMonth(2027, 4)));
    }

    [Fact]
    public async Task Arbitration_history_comes_newest_month_first_up_to_the_limit()
    {
        foreach (var month in new[] { new YearMonth(2027, 1), new YearMonth(2026, 11), new YearMonth(2027, 3), new YearMonth(2026, 12) })
        {
            await Store.ArbitrationSessions.CreateAsync(Session(month));
        }

        var recent = await Store.ArbitrationSessions.ListRecentAsync(3);

        Assert.Equal([new YearMonth(2027, 3), new YearMonth(2027, 1), new YearMonth(2026, 12)], recent.Select(s => s.Month));
        Assert.Empty(await Store.ArbitrationSessions.ListRecentAsync(0));
    }

    [Fact]
    public async Task Two_votes_on_the_same_session_version_cannot_both_be_written()
    {
        var created = await Store.ArbitrationSessions.CreateAsync(Session(new YearMonth(2027, 3)));
        var now = new DateTimeOffset(2027, 3, 5, 9, 0, 0, TimeSpan.Zero);
        var first = created.Value.Record(new ArbitrationVote(Chair.Email, "D-1", VoteChoice.Go, now), now);
        var second = created.Value.Record(new ArbitrationVote(Member.Email, "D-1", VoteChoice.NoGo, now), now);

        var written = await Store.ArbitrationSessions.ReplaceAsync(first, created.ETag);
        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.ArbitrationSessions.ReplaceAsync(second, created.ETag));

        // The loser re-reads and records its vote on the current version: both votes are kept.
        var retried = written.Value.Record(new ArbitrationVote(Member.Email, "D-1", VoteChoice.NoGo, now), now);
        await Store.ArbitrationSessions.ReplaceAsync(retried, written.ETag);
        var stored = (await Store.ArbitrationSessions.FindAsync(new YearMonth(2027, 3)))!.Value;
        Assert.Equal([Chair.Email, Member.Email], stored.Votes.Select(v => v.MemberEmail));
    }

    [Fact]
    public async Task Arbitration_sessions_of_another_tenant_are_invisible()
    {
        await Store.ArbitrationSessions.CreateAsync(Session(new YearMonth(2027, 3)));
        var other = await OpenStoreAsync(NewTenantId());

        Assert.Null(await other.ArbitrationSessions.FindAsync(new YearMonth(2027, 3)));
        Assert.Empty(await other.ArbitrationSessions.ListRecentAsync(10));
    }
}
