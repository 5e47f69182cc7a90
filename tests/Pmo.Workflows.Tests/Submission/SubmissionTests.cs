using Pmo.Application.Links;
using Pmo.Application.Ports.Workflows;
using Pmo.Application.Submission;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Scheduling;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Submission;

/// <summary>The update form behind its link: the answer stored with its outbox marker, then the chase told; closed after the deadline.</summary>
[Collection(SerialCollection.Name)]
public sealed class SubmissionTests
{
    private static readonly DateTimeOffset Monday = Paris.At(11, 16, 8, 45);
    private static readonly IsoWeek Week = new(2026, 47);

    private static async Task<VirtualWorld> WeekStartedAsync()
    {
        var world = new VirtualWorld(Monday);
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        return world;
    }

    private static string InviteToken(VirtualWorld world, string projectId) =>
        world.Mailer.Sent.Single(m => m.Message.MessageId == $"chase-{projectId}-{Week}-invite").Token();

    [Fact]
    public async Task Submit_through_the_invitation_link_stores_the_update_and_closes_the_chase_on_time()
    {
        await using var world = await WeekStartedAsync();

        var result = await world.ActAsync(sp => world.Get<UpdateSubmissionService>().SubmitAsync(InviteToken(world, "ATLAS"), Paris.Draft(Rag.Amber)));

        Assert.True(result.Delivered);
        Assert.Equal(Alice.Email, result.Update.SubmittedBy);
        Assert.NotNull((await world.Store.StatusUpdates.FindAsync("ATLAS", Week))!.Value.EventDeliveredAt);
        var chase = world.Instance(InstanceIds.Chase("ATLAS", Week));
        var outcome = (ChaseResult)(await chase.Completion)!;
        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcome.Outcome);
        Assert.Single(chase.Actions.OfType<Pmo.Hosting.Durable.Testing.TimerCancelled>());
        Assert.Empty(chase.PendingTimers);
        Assert.Equal(UpdateRequestStatus.Submitted, (await world.Store.UpdateRequests.FindAsync($"ATLAS-{Week}"))!.Value.Status);
        Assert.Equal(Rag.Amber, (await world.Store.Projects.FindAsync("ATLAS"))!.Value.LatestRag);
    }

    [Fact]
    public async Task Open_through_the_link_prefills_last_weeks_answers()
    {
        await using var world = await WeekStartedAsync();
        var lastWeek = Paris.Draft(Rag.Red).ToStatusUpdate("ATLAS", Week.Previous(), Alice.Email, Monday.AddDays(-6));
        await world.Store.StatusUpdates.CreateAsync(lastWeek with { EventDeliveredAt = Monday.AddDays(-6) });

        var form = await world.Get<UpdateSubmissionService>().OpenAsync(InviteToken(world, "ATLAS"));

        Assert.Equal("ATLAS", form.Project.Id);
        Assert.Equal(Week, form.Request.Week);
        Assert.Equal(Rag.Red, form.Prefill!.Overall);
        Assert.Equal("Supplier late", form.Prefill.Difficulties);
    }

    [Fact]
    public async Task Submit_the_used_link_after_the_deadline_is_refused()
    {
        // Before the deadline the same link amends the answer (AmendmentTests); after it, it cannot act again.
        await using var world = await WeekStartedAsync();
        var token = InviteToken(world, "ATLAS");
        await world.ActAsync(sp => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(Rag.Green)));
        var version = (await world.Get<UpdateSubmissionService>().OpenAsync(token)).Version;
        await world.AdvanceToAsync(Paris.At(11, 20, 12));

        var again = await Assert.ThrowsAsync<LinkRefusedException>(() => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(Rag.Red), version));

        Assert.Equal(LinkRefusal.Closed, again.Reason);
        Assert.Equal(Rag.Green, (await world.Store.StatusUpdates.FindAsync("ATLAS", Week))!.Value.Overall);
    }

    [Fact]
    public async Task Submit_after_the_request_was_marked_missed_is_refused()
    {
        await using var world = await WeekStartedAsync();
        var token = InviteToken(world, "CASTOR");
        await world.AdvanceToAsync(Paris.At(11, 20, 12));

        var refused = await Assert.ThrowsAsync<LinkRefusedException>(() => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(Rag.Green)));

        Assert.Equal(LinkRefusal.Closed, refused.Reason);
        Assert.Null(await world.Store.StatusUpdates.FindAsync("CASTOR", Week));

        // Missed: the chase stopped waiting for the event (the loser of the last race) and finished.
        var chase = world.Instance(InstanceIds.Chase("CASTOR", Week));
        Assert.Single(chase.Actions.OfType<Pmo.Hosting.Durable.Testing.EventWaitCancelled>());
        Assert.Equal(ChaseOutcome.Missed, ((ChaseResult)(await chase.Completion)!).Outcome);
    }

    [Fact]
    public async Task Submit_another_projects_link_purpose_or_a_tampered_token_is_refused()
    {
        await using var world = await WeekStartedAsync();
        var token = InviteToken(world, "ATLAS");
        var service = world.Get<UpdateSubmissionService>();

        var tampered = token[..^3] + (token[^3] == 'x' ? "y" : "x") + token[^2..];
        Assert.False(world.Get<LinkSigner>().Verify(tampered, LinkPurpose.UpdateForm, "acme", world.Now).IsValid);
        await Assert.ThrowsAsync<LinkRefusedException>(() => service.SubmitAsync(tampered, Paris.Draft(Rag.Green)));

        var decisionToken = world.Get<LinkSigner>().Sign(new LinkClaims("acme", "ATLAS", $"ATLAS-{Week}", LinkPurpose.Decision, world.Now.AddDays(1)));
        var wrongPurpose = await Assert.ThrowsAsync<LinkRefusedException>(() => service.SubmitAsync(decisionToken, Paris.Draft(Rag.Green)));
        Assert.Equal(LinkRefusal.WrongPurpose, wrongPurpose.Reason);

        var expired = world.Get<LinkSigner>().Sign(new LinkClaims("acme", "ATLAS", $"ATLAS-{Week}", LinkPurpose.UpdateForm, world.Now.AddMinutes(-1)));
        Assert.Equal(LinkRefusal.Expired, (await Assert.ThrowsAsync<LinkRefusedException>(() => service.SubmitAsync(expired, Paris.Draft(Rag.Green)))).Reason);
    }

    [Fact]
    public async Task Submit_when_the_engine_is_unreachable_keeps_the_update_and_the_relay_delivers_it_later()
    {
        await using var world = await WeekStartedAsync();
        world.Client.RaiseFailures = 1;

        var result = await world.ActAsync(sp => world.Get<UpdateSubmissionService>().SubmitAsync(InviteToken(world, "DELTA"), Paris.Draft(Rag.Green)));

        Assert.False(result.Delivered);
        Assert.Single(await world.Store.StatusUpdates.ListUndeliveredAsync());
        Assert.False(world.Instance(InstanceIds.Chase("DELTA", Week)).IsCompleted);

        // The next tick (or host start) relays it.
        await world.AdvanceToAsync(Paris.At(11, 16, 9, 15));
        var tick = await world.TickAsync();

        Assert.Equal(1, tick.EventsRelayed);
        Assert.Empty(await world.Store.StatusUpdates.ListUndeliveredAsync());
        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, ((ChaseResult)(await world.Instance(InstanceIds.Chase("DELTA", Week)).Completion)!).Outcome);
    }

    [Fact]
    public async Task Duplicate_update_submitted_event_changes_nothing()
    {
        await using var world = await WeekStartedAsync();
        await world.ActAsync(sp => world.Get<UpdateSubmissionService>().SubmitAsync(InviteToken(world, "ECHO"), Paris.Draft(Rag.Green)));
        var chase = world.Instance(InstanceIds.Chase("ECHO", Week));
        var before = chase.Actions.Count(a => a is not Pmo.Hosting.Durable.Testing.EventRaised);

        // A relay re-raising after a crash between "raised" and "marked delivered".
        await world.Client.RaiseEventAsync(chase.InstanceId, WorkflowEvents.UpdateSubmitted, new UpdateSubmitted("ECHO", Week, world.Now));

        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, ((ChaseResult)(await chase.Completion)!).Outcome);
        Assert.Single(chase.ActivityCalls("ChaseStepActivity"));
        Assert.Equal(before, chase.Actions.Count(a => a is not Pmo.Hosting.Durable.Testing.EventRaised));
    }

    [Fact]
    public async Task Update_stored_before_the_chase_opens_is_taken_as_the_answer_without_invitation_or_reminders()
    {
        await using var world = new VirtualWorld(Monday);
        await world.SeedAsync(Settings());
        var early = Paris.Draft(Rag.Red).ToStatusUpdate("ATLAS", Week, Alice.Email, Monday);
        var saved = await world.Store.StatusUpdates.SubmitAsync(early, ifMatch: null);
        Assert.True(await world.Get<ChaseNotifier>().DeliverAsync(saved.Value));

        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();

        var chase = world.Instance(InstanceIds.Chase("ATLAS", Week));
        var outcome = (ChaseResult)(await chase.Completion)!;
        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcome.Outcome);
        Assert.Equal(["OpenChaseActivity"], chase.ActivityCalls().Select(c => c.Name));  // it ran the rules; nothing followed
        Assert.DoesNotContain(world.Mailer.Sent, m => m.Message.MessageId.StartsWith($"chase-ATLAS-{Week}", StringComparison.Ordinal));
        Assert.Contains(world.Mailer.Sent, m => m.Message.MessageId == $"chase-BOREAL-{Week}-invite");
        var request = (await world.Store.UpdateRequests.FindAsync($"ATLAS-{Week}"))!.Value;
        Assert.Equal((UpdateRequestStatus.Submitted, Monday, true, false), (request.Status, request.SubmittedAt, request.AnsweredOnTime, request.AnsweredAfterReminder));
    }
}
