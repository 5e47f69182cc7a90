using Pmo.Application.Links;
using Pmo.Application.Portfolio;
using Pmo.Application.Ports.Workflows;
using Pmo.Application.Submission;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Hosting.Durable.Testing;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Submission;

/// <summary>
/// The same link amends the week's answer until the deadline: the answer and the project's RAG follow, the chase is
/// not told twice, the rules see the new answer, a stale amendment is a conflict, and after the deadline nothing acts.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class AmendmentTests
{
    private static readonly IsoWeek Week = new(2026, 47);

    private static async Task<(VirtualWorld World, string Token)> AnsweredAsync(string projectId, Rag rag)
    {
        var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        var token = world.Mailer.Sent.Single(m => m.Message.MessageId == $"chase-{projectId}-{Week}-invite").Token();
        await world.AdvanceToAsync(Paris.At(11, 16, 14));
        await world.ActAsync(sp => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(rag)));
        await world.Instance(InstanceIds.Chase(projectId, Week)).Completion;
        return (world, token);
    }

    private static int EventsRaised(OrchestrationRun chase) => chase.Actions.Count(a => a is EventRaised);

    [Fact]
    public async Task Amend_before_the_deadline_replaces_the_answer_and_the_projects_RAG_and_does_not_tell_the_chase_again()
    {
        var (world, token) = await AnsweredAsync("ATLAS", Rag.Green);
        await using var _ = world;
        var chase = world.Instance(InstanceIds.Chase("ATLAS", Week));
        var firstAnswer = (await world.Store.StatusUpdates.FindAsync("ATLAS", Week))!.Value;
        Assert.Equal(1, EventsRaised(chase));
        await world.AdvanceToAsync(Paris.At(11, 18, 10));

        var form = await world.Get<UpdateSubmissionService>().OpenAsync(token);
        var result = await world.ActAsync(sp => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(Rag.Amber), form.Version));

        Assert.True(result.Amended);
        Assert.True(result.Delivered);
        var stored = (await world.Store.StatusUpdates.FindAsync("ATLAS", Week))!.Value;
        Assert.Equal(Rag.Amber, stored.Overall);
        Assert.Equal(firstAnswer.SubmittedAt, stored.SubmittedAt);
        Assert.Equal(Alice.Email, stored.SubmittedBy);
        Assert.Equal(world.Now, stored.AmendedAt);
        Assert.Equal(Alice.Email, stored.AmendedBy);
        Assert.NotNull(stored.EventDeliveredAt);
        Assert.Equal(Rag.Amber, (await world.Store.Projects.FindAsync("ATLAS"))!.Value.LatestRag);

        // The chase recorded "submitted" on time once; the amendment neither tells it again nor moves the request.
        Assert.Equal(1, EventsRaised(chase));
        Assert.Single(chase.ActivityCalls("ChaseStepActivity"));
        var request = (await world.Store.UpdateRequests.FindAsync($"ATLAS-{Week}"))!.Value;
        Assert.Equal(UpdateRequestStatus.Submitted, request.Status);
        Assert.Equal(firstAnswer.SubmittedAt, request.SubmittedAt);
        Assert.False(request.AnsweredAfterReminder);
    }

    [Fact]
    public async Task Open_after_answering_prefills_this_weeks_answer_as_an_amendment()
    {
        var (world, token) = await AnsweredAsync("ECHO", Rag.Amber);
        await using var _ = world;
        var lastWeek = Paris.Draft(Rag.Red).ToStatusUpdate("ECHO", Week.Previous(), Eve.Email, Paris.At(11, 10, 9));
        await world.Store.StatusUpdates.CreateAsync(lastWeek with { EventDeliveredAt = lastWeek.SubmittedAt });
        var form = await world.Get<UpdateSubmissionService>().OpenAsync(token);
        await world.ActAsync(sp => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(Rag.Amber, "Switch vendor?"), form.Version));

        var amended = await world.Get<UpdateSubmissionService>().OpenAsync(token);

        Assert.True(amended.IsAmendment);
        Assert.Equal(Rag.Amber, amended.Prefill!.Overall);
        Assert.True(amended.Prefill.NeedsDecision);
        Assert.Equal("Switch vendor?", amended.Prefill.DecisionQuestion);
        Assert.Equal(Paris.At(11, 16, 14), amended.Answered!.SubmittedAt);
        Assert.NotEqual(form.Version, amended.Version);
    }

    [Fact]
    public async Task Amend_to_red_after_a_red_week_raises_the_escalation_once()
    {
        var (world, token) = await AnsweredAsync("DELTA", Rag.Green);
        await using var _ = world;
        var lastWeek = Paris.Draft(Rag.Red).ToStatusUpdate("DELTA", Week.Previous(), Dan.Email, Paris.At(11, 10, 9));
        await world.Store.StatusUpdates.CreateAsync(lastWeek with { EventDeliveredAt = lastWeek.SubmittedAt });
        var service = world.Get<UpdateSubmissionService>();
        var escalationId = EscalationRaiser.EscalationIdFor("DELTA", Week, EscalationReason.RedTwoWeeksRunning);
        Assert.Null(await world.Store.Escalations.FindAsync(escalationId));

        await world.ActAsync(async sp => await service.SubmitAsync(token, Paris.Draft(Rag.Red), (await service.OpenAsync(token)).Version));
        await world.ActAsync(async sp => await service.SubmitAsync(token, Paris.Draft(Rag.Red) with { ProgressPercent = 45 }, (await service.OpenAsync(token)).Version));

        var escalation = Assert.Single(await world.Store.Escalations.ListByProjectAsync("DELTA"));
        Assert.Equal(escalationId, escalation.Id);
        Assert.Equal("rules", escalation.RaisedBy);
        Assert.False(world.Instance(InstanceIds.Escalation(escalationId)).IsCompleted);
    }

    [Fact]
    public async Task Amend_after_the_deadline_is_refused_and_the_answer_stays()
    {
        var (world, token) = await AnsweredAsync("ATLAS", Rag.Green);
        await using var _ = world;
        var form = await world.Get<UpdateSubmissionService>().OpenAsync(token);
        await world.AdvanceToAsync(Paris.At(11, 20, 12));

        var refused = await Assert.ThrowsAsync<LinkRefusedException>(() => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(Rag.Red), form.Version));
        var reopened = await Assert.ThrowsAsync<LinkRefusedException>(() => world.Get<UpdateSubmissionService>().OpenAsync(token));

        Assert.Equal(LinkRefusal.Closed, refused.Reason);
        Assert.Equal(LinkRefusal.Closed, reopened.Reason);
        var stored = (await world.Store.StatusUpdates.FindAsync("ATLAS", Week))!.Value;
        Assert.Equal(Rag.Green, stored.Overall);
        Assert.Null(stored.AmendedAt);
    }

    [Fact]
    public async Task Stale_amendment_is_a_conflict_that_loses_nothing()
    {
        var (world, token) = await AnsweredAsync("BOREAL", Rag.Green);
        await using var _ = world;
        var service = world.Get<UpdateSubmissionService>();
        var firstTab = await service.OpenAsync(token);
        var secondTab = await service.OpenAsync(token);
        await world.ActAsync(sp => service.SubmitAsync(token, Paris.Draft(Rag.Amber), firstTab.Version));

        var conflict = await Assert.ThrowsAsync<AnswerChangedException>(() => service.SubmitAsync(token, Paris.Draft(Rag.Red), secondTab.Version));

        Assert.Equal(Rag.Amber, conflict.Current.Overall);
        Assert.Equal(Rag.Amber, (await world.Store.StatusUpdates.FindAsync("BOREAL", Week))!.Value.Overall);
        Assert.Equal(Rag.Amber, (await world.Store.Projects.FindAsync("BOREAL"))!.Value.LatestRag);

        // Sent again over the answer it now knows, it applies.
        await world.ActAsync(sp => service.SubmitAsync(token, Paris.Draft(Rag.Red), conflict.Version));
        Assert.Equal(Rag.Red, (await world.Store.StatusUpdates.FindAsync("BOREAL", Week))!.Value.Overall);
        Assert.Equal(Rag.Red, (await world.Store.Projects.FindAsync("BOREAL"))!.Value.LatestRag);
    }

    [Fact]
    public async Task Concurrent_amendments_one_wins_the_other_is_a_conflict()
    {
        var (world, token) = await AnsweredAsync("CASTOR", Rag.Green);
        await using var _ = world;
        var service = world.Get<UpdateSubmissionService>();
        var version = (await service.OpenAsync(token)).Version;

        var outcomes = await Task.WhenAll(
            Capture(() => service.SubmitAsync(token, Paris.Draft(Rag.Amber), version)),
            Capture(() => service.SubmitAsync(token, Paris.Draft(Rag.Red), version)));

        var winner = Assert.Single(outcomes, o => o.Result is not null).Result!;
        Assert.IsType<AnswerChangedException>(Assert.Single(outcomes, o => o.Error is not null).Error);
        Assert.Equal(winner.Update.Overall, (await world.Store.StatusUpdates.FindAsync("CASTOR", Week))!.Value.Overall);
        Assert.Equal(winner.Update.Overall, (await world.Store.Projects.FindAsync("CASTOR"))!.Value.LatestRag);
    }

    [Fact]
    public async Task First_answer_sent_twice_is_a_conflict_not_an_overwrite()
    {
        var (world, token) = await AnsweredAsync("ATLAS", Rag.Green);
        await using var _ = world;

        var conflict = await Assert.ThrowsAsync<AnswerChangedException>(() => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(Rag.Red)));

        Assert.Equal(Rag.Green, conflict.Current.Overall);
        Assert.Equal(Rag.Green, (await world.Store.StatusUpdates.FindAsync("ATLAS", Week))!.Value.Overall);
    }

    [Fact]
    public async Task Outbox_marker_written_by_the_relay_is_not_a_change_of_the_answer()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        var token = world.Mailer.Sent.Single(m => m.Message.MessageId == $"chase-DELTA-{Week}-invite").Token();
        var service = world.Get<UpdateSubmissionService>();
        world.Client.RaiseFailures = 1;
        await world.ActAsync(sp => service.SubmitAsync(token, Paris.Draft(Rag.Green)));
        var form = await service.OpenAsync(token);

        await world.AdvanceToAsync(Paris.At(11, 16, 9, 15));
        Assert.Equal(1, (await world.TickAsync()).EventsRelayed);
        var result = await world.ActAsync(sp => service.SubmitAsync(token, Paris.Draft(Rag.Amber), form.Version));

        Assert.True(result.Amended);
        Assert.Equal(Rag.Amber, (await world.Store.StatusUpdates.FindAsync("DELTA", Week))!.Value.Overall);
        Assert.Equal(1, EventsRaised(world.Instance(InstanceIds.Chase("DELTA", Week))));
    }

    [Fact]
    public async Task Another_projects_request_or_another_week_cannot_be_amended()
    {
        var (world, _) = await AnsweredAsync("ATLAS", Rag.Green);
        await using var __ = world;
        var signer = world.Get<LinkSigner>();
        var service = world.Get<UpdateSubmissionService>();

        var crossed = signer.Sign(new LinkClaims("acme", "ATLAS", $"BOREAL-{Week}", LinkPurpose.UpdateForm, world.Now.AddDays(5), Alice.Email));
        Assert.Equal(LinkRefusal.BadSignature, (await Assert.ThrowsAsync<LinkRefusedException>(() => service.OpenAsync(crossed))).Reason);

        var otherTenant = signer.Sign(new LinkClaims("globex", "ATLAS", $"ATLAS-{Week}", LinkPurpose.UpdateForm, world.Now.AddDays(5), Alice.Email));
        Assert.Equal(LinkRefusal.WrongTenant, (await Assert.ThrowsAsync<LinkRefusedException>(() => service.OpenAsync(otherTenant))).Reason);

        var lastWeek = signer.Sign(new LinkClaims("acme", "ATLAS", $"ATLAS-{Week.Previous()}", LinkPurpose.UpdateForm, world.Now.AddDays(5), Alice.Email));
        await Assert.ThrowsAsync<Domain.Validation.NotFoundException>(() => service.OpenAsync(lastWeek));
    }

    private static async Task<(SubmissionResult? Result, Exception? Error)> Capture(Func<Task<SubmissionResult>> act)
    {
        try
        {
            return (await Task.Run(act), null);
        }
        catch (AnswerChangedException ex)
        {
            return (null, ex);
        }
    }
}
