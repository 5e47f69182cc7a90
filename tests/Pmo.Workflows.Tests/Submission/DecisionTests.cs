using Pmo.Application.Links;
using Pmo.Application.Portfolio;
using Pmo.Application.Ports.Workflows;
using Pmo.Application.Submission;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Submission;

/// <summary>Committee decisions and pack approvals through signed links: each acts once.</summary>
[Collection(SerialCollection.Name)]
public sealed class DecisionTests
{
    private static readonly DateTimeOffset Start = Paris.At(11, 2, 6, 45);

    private static async Task<(VirtualWorld World, Escalation Escalation)> EscalationRunningAsync()
    {
        var world = new VirtualWorld(Start);
        await world.SeedAsync(Settings());
        var escalation = new Escalation
        {
            Id = "DELTA-manual-1",
            ProjectId = "DELTA",
            Reason = EscalationReason.Manual,
            Summary = "Supplier bankrupt",
            Question = "Switch supplier?",
            RaisedAt = Start,
            ReminderDue = Start.AddDays(3),
            ConveneDue = Start.AddDays(7),
        };
        await world.Store.Escalations.CreateAsync(escalation);
        await world.Get<IEscalationStarter>().StartAsync(escalation);
        await world.StartRaisedEscalationsAsync();
        return (world, escalation);
    }

    private static string Link(VirtualWorld world, Contact member) =>
        world.Mailer.Sent.Single(m => m.To == member.Email && m.Kind == "escalation-notice").Token();

    [Fact]
    public async Task Decide_through_a_members_link_records_the_decision_and_ends_the_escalation()
    {
        var (world, escalation) = await EscalationRunningAsync();
        await using var _ = world;

        var decision = await world.ActAsync(sp => world.Get<DecisionService>().DecideAsync(Link(world, Carl), DecisionOutcome.Reject, "Too costly"));

        Assert.Equal(Carl.Email, decision.DecidedBy);
        Assert.Equal(DecisionService.CommitteeForum, decision.Forum);
        var stored = (await world.Store.Escalations.FindAsync(escalation.Id))!.Value;
        Assert.Equal(EscalationStatus.Decided, stored.Status);
        Assert.Equal(decision.Id, stored.DecisionId);
        var run = world.Instance(InstanceIds.Escalation(escalation.Id));
        var result = (EscalationResult)(await run.Completion)!;
        Assert.Equal(DecisionOutcome.Reject, result.Outcome);

        // The decision won the race: the SLA reminder timer (the loser) was cancelled, not left to fire.
        var cancelled = Assert.Single(run.Actions.OfType<Pmo.Hosting.Durable.Testing.TimerCancelled>());
        Assert.Equal(escalation.ReminderDue.UtcDateTime, cancelled.FireAt);
        Assert.Empty(run.PendingTimers);
        Assert.Equal(["decision-recorded dan@acme.example", "decision-recorded paula@pmo.example"],
            world.Mailer.Sent.Where(m => m.Kind == "decision-recorded").Select(m => $"{m.Kind} {m.To}").Order());
    }

    [Fact]
    public async Task Decide_with_an_already_used_or_another_members_link_is_refused()
    {
        var (world, _) = await EscalationRunningAsync();
        await using var __ = world;
        var service = world.Get<DecisionService>();
        await world.ActAsync(sp => service.DecideAsync(Link(world, Claire), DecisionOutcome.Approve, ""));

        Assert.Equal(LinkRefusal.Closed, (await Assert.ThrowsAsync<LinkRefusedException>(() => service.DecideAsync(Link(world, Claire), DecisionOutcome.Reject, ""))).Reason);
        Assert.Equal(LinkRefusal.Closed, (await Assert.ThrowsAsync<LinkRefusedException>(() => service.DecideAsync(Link(world, Carl), DecisionOutcome.Reject, ""))).Reason);
        Assert.Single(await world.Store.Decisions.ListByProjectAsync("DELTA"));
    }

    [Fact]
    public async Task Decide_with_an_update_form_token_is_refused_as_wrong_purpose()
    {
        var (world, escalation) = await EscalationRunningAsync();
        await using var _ = world;
        var token = world.Get<LinkSigner>().Sign(new LinkClaims("acme", "DELTA", escalation.Id, LinkPurpose.UpdateForm, Start.AddDays(1), Carl.Email));

        var refused = await Assert.ThrowsAsync<LinkRefusedException>(() => world.Get<DecisionService>().DecideAsync(token, DecisionOutcome.Approve, ""));

        Assert.Equal(LinkRefusal.WrongPurpose, refused.Reason);
    }

    [Fact]
    public async Task Approve_pack_through_the_PMO_link_distributes_at_once_and_the_link_cannot_approve_again()
    {
        await using var world = new VirtualWorld(Start);
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 2, 7));
        var tick = await world.TickAsync();
        Assert.Contains("review-2026-10", tick.Started);
        var approval = world.Mailer.Sent.Single(m => m.Kind == "pack-approval");

        var pack = await world.ActAsync(sp => world.Get<DecisionService>().ApprovePackAsync(approval.Token()));

        Assert.Equal(Paula.Email, pack.ApprovedBy);
        var review = (MonthlyReviewResult)(await world.Instance("review-2026-10").Completion)!;
        Assert.False(review.AutoApproved);
        Assert.Equal(2, world.Mailer.Sent.Count(m => m.Kind == "pack-distribution" && Paris.Local(m.SentAtUtc) == "Mon 02/11 07:00"));
        Assert.Equal(ReviewPackStatus.Distributed, (await world.Store.ReviewPacks.FindAsync(new YearMonth(2026, 10)))!.Value.Status);
        Assert.Equal(LinkRefusal.Closed, (await Assert.ThrowsAsync<LinkRefusedException>(() => world.Get<DecisionService>().ApprovePackAsync(approval.Token()))).Reason);
    }
}
