using Pmo.Domain.Intake;
using Pmo.Domain.Validation;
using static Pmo.Domain.Tests.Intake.IntakeSamples;

namespace Pmo.Domain.Tests.Intake;

public class ArbitrationSessionTests
{
    private static readonly ArbitrationSession Open = Session();
    private static readonly DateTimeOffset Deadline = Open.DeadlineUtc;

    [Fact]
    public void A_member_vote_before_the_deadline_is_accepted_and_stamped_with_now()
    {
        var now = Deadline.AddTicks(-1);
        var vote = Vote(Bob, VoteChoice.Go);

        Assert.True(Open.Accepts(vote, now));
        var recorded = Assert.Single(Open.Record(vote, now).Votes);
        Assert.Equal(now, recorded.At);
    }

    [Fact]
    public void A_vote_at_the_deadline_is_refused_naming_at()
    {
        Assert.False(Open.Accepts(Vote(Bob, VoteChoice.Go), Deadline));
        Assert.Equal(["at"], Open.Check(Vote(Bob, VoteChoice.Go), Deadline).Fields);
    }

    [Fact]
    public void A_vote_after_the_deadline_is_refused_and_not_recorded()
    {
        var e = Assert.Throws<DomainValidationException>(() => Open.Record(Vote(Bob, VoteChoice.Go), Deadline.AddMinutes(1)));

        Assert.Equal(["at"], e.Errors.Fields);
        Assert.Empty(Open.Votes);
    }

    [Fact]
    public void A_non_member_is_refused_naming_member_email()
    {
        var outsider = new ArbitrationVote("eve@example.org", "D-001", VoteChoice.Go, Deadline.AddDays(-1));

        Assert.Equal(["memberEmail"], Open.Check(outsider, Deadline.AddDays(-1)).Fields);
    }

    [Fact]
    public void A_demand_off_the_agenda_is_refused_naming_demand_id()
    {
        Assert.Equal(["demandId"], Open.Check(Vote(Bob, VoteChoice.Go, "D-999"), Deadline.AddDays(-1)).Fields);
    }

    [Fact]
    public void Members_are_matched_by_e_mail_whatever_its_case()
    {
        var vote = Vote(Bob, VoteChoice.Go) with { MemberEmail = "BOB@Example.org" };

        Assert.True(Open.Accepts(vote, Deadline.AddDays(-1)));
    }

    [Fact]
    public void A_member_changing_their_vote_replaces_the_earlier_one()
    {
        var first = Open.Record(Vote(Bob, VoteChoice.NoGo), Deadline.AddDays(-2));
        var second = first.Record(Vote(Bob, VoteChoice.Go) with { MemberEmail = "Bob@example.org" }, Deadline.AddDays(-1));

        var only = Assert.Single(second.Votes);
        Assert.Equal(VoteChoice.Go, only.Choice);
        Assert.Equal(Deadline.AddDays(-1), only.At);
    }

    [Fact]
    public void A_member_votes_once_per_demand_but_on_every_demand()
    {
        var session = Open.Record(Vote(Bob, VoteChoice.Go, "D-001"), Deadline.AddDays(-1))
            .Record(Vote(Bob, VoteChoice.NoGo, "D-002"), Deadline.AddDays(-1));

        Assert.Equal(2, session.Votes.Count);
        Assert.Equal(VoteChoice.Go, Assert.Single(session.VotesOn("D-001")).Choice);
        Assert.Equal(VoteChoice.NoGo, Assert.Single(session.VotesOn("D-002")).Choice);
    }
}
