using Pmo.Domain.Intake;
using static Pmo.Domain.Tests.Intake.IntakeSamples;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Intake;

public class DemandTransitionsTests
{
    private static readonly DateTimeOffset At = Utc(2027, 2, 1, 9);

    [Theory]
    [InlineData(DemandStatus.Draft, DemandStatus.Submitted, DemandActor.Requester)]
    [InlineData(DemandStatus.Returned, DemandStatus.Submitted, DemandActor.Requester)]
    [InlineData(DemandStatus.Submitted, DemandStatus.Qualified, DemandActor.Pmo)]
    [InlineData(DemandStatus.Qualified, DemandStatus.InArbitration, DemandActor.Pmo)]
    [InlineData(DemandStatus.InArbitration, DemandStatus.Go, DemandActor.Committee)]
    [InlineData(DemandStatus.InArbitration, DemandStatus.NoGo, DemandActor.Committee)]
    [InlineData(DemandStatus.InArbitration, DemandStatus.Deferred, DemandActor.Committee)]
    [InlineData(DemandStatus.Deferred, DemandStatus.Qualified, DemandActor.Pmo)]
    [InlineData(DemandStatus.Qualified, DemandStatus.Withdrawn, DemandActor.Requester)]
    public void Allowed_moves_change_the_status_and_record_who_and_when(DemandStatus from, DemandStatus to, DemandActor actor)
    {
        var result = DemandTransitions.Apply(Demand(status: from), to, actor, "someone", At, "why");

        Assert.True(result.Succeeded);
        Assert.Equal(to, result.Demand!.Status);
        Assert.Equal(new DemandStatusChange(from, to, actor, "someone", At, "why"), Assert.Single(result.Demand.History));
    }

    [Theory]
    [InlineData(DemandStatus.Submitted, DemandStatus.Qualified, DemandActor.Requester)]
    [InlineData(DemandStatus.Submitted, DemandStatus.Go, DemandActor.Pmo)]
    [InlineData(DemandStatus.Qualified, DemandStatus.Go, DemandActor.Committee)]
    [InlineData(DemandStatus.InArbitration, DemandStatus.Go, DemandActor.Pmo)]
    [InlineData(DemandStatus.InArbitration, DemandStatus.Withdrawn, DemandActor.Requester)]
    [InlineData(DemandStatus.Go, DemandStatus.Withdrawn, DemandActor.Pmo)]
    [InlineData(DemandStatus.NoGo, DemandStatus.Qualified, DemandActor.Pmo)]
    [InlineData(DemandStatus.Deferred, DemandStatus.Go, DemandActor.Committee)]
    [InlineData(DemandStatus.Draft, DemandStatus.Qualified, DemandActor.Pmo)]
    public void Refused_moves_name_the_status_field_and_change_nothing(DemandStatus from, DemandStatus to, DemandActor actor)
    {
        var result = DemandTransitions.Apply(Demand(status: from), to, actor, "someone", At);

        Assert.False(result.Succeeded);
        Assert.Null(result.Demand);
        Assert.Equal(["status"], result.Errors.Fields);
    }

    [Fact]
    public void Returning_needs_a_comment_which_the_demand_keeps_until_resubmitted()
    {
        var submitted = Demand(status: DemandStatus.Submitted);

        Assert.Equal(["comment"], DemandTransitions.Apply(submitted, DemandStatus.Returned, DemandActor.Pmo, "PMO", At, " ").Errors.Fields);

        var returned = DemandTransitions.Apply(submitted, DemandStatus.Returned, DemandActor.Pmo, "PMO", At, "Add the quote.").Demand!;
        Assert.Equal("Add the quote.", returned.ReturnedComment);

        var resubmitted = DemandTransitions.Apply(returned, DemandStatus.Submitted, DemandActor.Requester, "Rémi", At.AddDays(1)).Demand!;
        Assert.Null(resubmitted.ReturnedComment);
        Assert.Equal(2, resubmitted.History.Count);
    }

    [Fact]
    public void Submitted_at_is_the_first_submission_and_does_not_move_on_resubmission()
    {
        var submitted = DemandTransitions.Apply(Demand(), DemandStatus.Submitted, DemandActor.Requester, "Rémi", At).Demand!;
        var returned = DemandTransitions.Apply(submitted, DemandStatus.Returned, DemandActor.Pmo, "PMO", At.AddDays(1), "More detail").Demand!;
        var again = DemandTransitions.Apply(returned, DemandStatus.Submitted, DemandActor.Requester, "Rémi", At.AddDays(2)).Demand!;

        Assert.Equal(At, again.SubmittedAt);
    }

    [Theory]
    [InlineData(DemandStatus.Submitted, DemandActor.Requester, true)]
    [InlineData(DemandStatus.Returned, DemandActor.Requester, true)]
    [InlineData(DemandStatus.Draft, DemandActor.Requester, false)]
    [InlineData(DemandStatus.Qualified, DemandActor.Requester, false)]
    [InlineData(DemandStatus.InArbitration, DemandActor.Requester, false)]
    [InlineData(DemandStatus.Submitted, DemandActor.Pmo, true)]
    [InlineData(DemandStatus.Returned, DemandActor.Pmo, false)]
    [InlineData(DemandStatus.Submitted, DemandActor.Committee, false)]
    public void The_requester_amends_only_while_submitted_or_returned(DemandStatus status, DemandActor actor, bool allowed)
    {
        Assert.Equal(allowed, DemandTransitions.CanAmend(status, actor));
    }

    [Fact]
    public void Go_no_go_and_withdrawn_are_final_and_nothing_leaves_them()
    {
        foreach (var final in Enum.GetValues<DemandStatus>().Where(s => s.IsFinal()))
        {
            foreach (var to in Enum.GetValues<DemandStatus>())
            {
                foreach (var actor in Enum.GetValues<DemandActor>())
                {
                    Assert.False(DemandTransitions.IsAllowed(final, to, actor), $"{final} → {to} by {actor}");
                }
            }
        }

        Assert.Equal([DemandStatus.Go, DemandStatus.NoGo, DemandStatus.Withdrawn], Enum.GetValues<DemandStatus>().Where(s => s.IsFinal()));
    }
}
