using Pmo.Domain.Intake;
using static Pmo.Domain.Tests.Intake.IntakeSamples;

namespace Pmo.Domain.Tests.Intake;

public class ArbitrationOutcomeTests
{
    private static ArbitrationDecision Decide(ArbitrationRule rule, params ArbitrationVote[] votes) =>
        ArbitrationOutcome.Decide(Session(rule, votes), "D-001");

    [Fact]
    public void Majority_the_choice_with_most_votes_wins()
    {
        var d = Decide(ArbitrationRule.Majority, Vote(Alice, VoteChoice.NoGo), Vote(Bob, VoteChoice.Go), Vote(Carol, VoteChoice.Go), Vote(Dan, VoteChoice.Defer));

        Assert.Equal(VoteChoice.Go, d.Outcome);
        Assert.Equal((2, 1, 1), (d.Go, d.NoGo, d.Defer));
        Assert.Equal(DemandStatus.Go, d.DemandStatus);
    }

    [Fact]
    public void Majority_is_a_plurality_of_votes_cast_and_a_member_who_never_votes_counts_for_nothing()
    {
        // Dan and Carol never vote: one NO-GO against nothing is still the outcome.
        var d = Decide(ArbitrationRule.Majority, Vote(Bob, VoteChoice.NoGo));

        Assert.Equal(VoteChoice.NoGo, d.Outcome);
        Assert.Equal(DemandStatus.NoGo, d.DemandStatus);
        Assert.Null(d.ChairVote);
    }

    [Fact]
    public void Majority_tie_is_broken_by_the_chair()
    {
        var d = Decide(ArbitrationRule.Majority, Vote(Alice, VoteChoice.NoGo), Vote(Bob, VoteChoice.Go), Vote(Carol, VoteChoice.Go), Vote(Dan, VoteChoice.NoGo));

        Assert.Equal(VoteChoice.NoGo, d.Outcome);
        Assert.Equal(VoteChoice.NoGo, d.ChairVote);
    }

    [Fact]
    public void Majority_tie_with_the_chair_absent_is_deferred()
    {
        var d = Decide(ArbitrationRule.Majority, Vote(Bob, VoteChoice.Go), Vote(Carol, VoteChoice.NoGo));

        Assert.Equal(VoteChoice.Defer, d.Outcome);
        Assert.Equal(DemandStatus.Deferred, d.DemandStatus);
    }

    [Fact]
    public void Majority_tie_where_the_chair_voted_outside_the_tie_is_deferred()
    {
        // 2 GO, 2 NO-GO, the chair's DEFER is the fifth vote: no casting vote between GO and NO-GO.
        var eve = new Pmo.Domain.Primitives.Contact("Eve", "eve@example.org");
        var session = Session(ArbitrationRule.Majority) with { Members = [Alice, Bob, Carol, Dan, eve] };
        session = session with
        {
            Votes = [Vote(Alice, VoteChoice.Defer), Vote(Bob, VoteChoice.Go), Vote(Carol, VoteChoice.Go), Vote(Dan, VoteChoice.NoGo), Vote(eve, VoteChoice.NoGo)],
        };

        Assert.Equal(VoteChoice.Defer, ArbitrationOutcome.Decide(session, "D-001").Outcome);
    }

    [Fact]
    public void Majority_with_no_votes_at_all_is_deferred()
    {
        var d = Decide(ArbitrationRule.Majority);

        Assert.Equal(VoteChoice.Defer, d.Outcome);
        Assert.Equal((0, 0, 0), (d.Go, d.NoGo, d.Defer));
    }

    [Fact]
    public void Chair_decides_whatever_the_others_voted()
    {
        var d = Decide(ArbitrationRule.ChairDecides, Vote(Alice, VoteChoice.Go), Vote(Bob, VoteChoice.NoGo), Vote(Carol, VoteChoice.NoGo), Vote(Dan, VoteChoice.NoGo));

        Assert.Equal(VoteChoice.Go, d.Outcome);
    }

    [Fact]
    public void Chair_decides_with_the_chair_absent_is_deferred()
    {
        var d = Decide(ArbitrationRule.ChairDecides, Vote(Bob, VoteChoice.Go), Vote(Carol, VoteChoice.Go));

        Assert.Equal(VoteChoice.Defer, d.Outcome);
        Assert.Equal(2, d.Go);
    }

    [Fact]
    public void Chair_decides_with_no_votes_at_all_is_deferred()
    {
        Assert.Equal(VoteChoice.Defer, Decide(ArbitrationRule.ChairDecides).Outcome);
    }

    [Fact]
    public void Only_each_member_s_latest_vote_counts_and_votes_of_non_members_do_not()
    {
        var d = Decide(
            ArbitrationRule.Majority,
            Vote(Bob, VoteChoice.NoGo, minute: 1),
            Vote(Bob, VoteChoice.Go, minute: 2),
            new ArbitrationVote("eve@example.org", "D-001", VoteChoice.NoGo, Samples.Utc(2027, 3, 5)),
            new ArbitrationVote("mallory@example.org", "D-001", VoteChoice.NoGo, Samples.Utc(2027, 3, 5)));

        Assert.Equal(VoteChoice.Go, d.Outcome);
        Assert.Equal((1, 0), (d.Go, d.NoGo));
    }

    [Fact]
    public void Votes_on_another_demand_do_not_count()
    {
        var d = Decide(ArbitrationRule.Majority, Vote(Bob, VoteChoice.NoGo, "D-002"), Vote(Carol, VoteChoice.Go));

        Assert.Equal(VoteChoice.Go, d.Outcome);
        Assert.Equal(0, d.NoGo);
    }
}
