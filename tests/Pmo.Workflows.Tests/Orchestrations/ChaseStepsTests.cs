using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Pmo.Application.Ports.Workflows;
using Pmo.Application.Submission;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Hosting.Durable.Testing;
using Pmo.Workflows.Activities;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Orchestrations;

/// <summary>
/// A chase with one activity per step (what the weekly cycle starts) and one with one activity per action (chases
/// started before, still replayed as recorded) are the same chase: same e-mails at the same times, same outcomes, same
/// records and escalations; only the activities differ, in a fixed order.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class ChaseStepsTests
{
    private static readonly IsoWeek Week = new(2026, 47);
    private static readonly WeekDeadlines Deadlines = new GovernanceCalendar(Settings()).ForWeek(Week);

    [Fact]
    public async Task Both_shapes_send_the_same_mails_record_the_same_outcomes_and_raise_the_same_escalations()
    {
        var separate = await RunWeekAsync(ChaseSteps.Separate);
        var combined = await RunWeekAsync(ChaseSteps.Combined);

        Assert.Equal(separate.Mails, combined.Mails);
        Assert.Equal(separate.Outcomes, combined.Outcomes);
        Assert.Equal(separate.Requests, combined.Requests);
        Assert.Equal(separate.Escalations, combined.Escalations);

        // The week exercised every path: on time, late, never, answered before opening, and the rules raising one.
        Assert.Equal(
            ["ATLAS OnTimeBeforeReminder", "BOREAL OnTimeAfterReminder", "CASTOR Missed", "DELTA OnTimeBeforeReminder", "ECHO OnTimeBeforeReminder"],
            combined.Outcomes.Select(o => o[..o.IndexOf(' ', o.IndexOf(' ') + 1)]));
        Assert.Contains(combined.Escalations, e => e.StartsWith($"DELTA-{Week}-", StringComparison.Ordinal));
        Assert.Contains(combined.Mails, m => m.Contains("second-reminder", StringComparison.Ordinal));
        Assert.Contains(combined.Mails, m => m.Contains("update-missed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Separate_steps_call_one_activity_per_action_in_the_order_chases_recorded_them_before()
    {
        await using var world = await WeekStartedAsync(ChaseSteps.Separate);
        await PlayTheWeekAsync(world);

        Assert.Equal(
            ["OpenUpdateRequestActivity", "SendChaseMailActivity Invite", "timer", "RecordChaseStepActivity", "EvaluateEscalationRulesActivity"],
            Calls(world, "ATLAS"));
        Assert.Equal(
            ["OpenUpdateRequestActivity", "SendChaseMailActivity Invite", "timer", "RecordChaseStepActivity", "SendChaseMailActivity FirstReminder",
             "timer", "RecordChaseStepActivity", "EvaluateEscalationRulesActivity"],
            Calls(world, "BOREAL"));
        Assert.Equal(
            ["OpenUpdateRequestActivity", "SendChaseMailActivity Invite", "timer", "RecordChaseStepActivity", "SendChaseMailActivity FirstReminder",
             "timer", "RecordChaseStepActivity", "SendChaseMailActivity SecondReminder",
             "timer", "RecordChaseStepActivity", "SendChaseMailActivity Missed", "EvaluateEscalationRulesActivity"],
            Calls(world, "CASTOR"));
        Assert.Equal(["OpenUpdateRequestActivity", "EvaluateEscalationRulesActivity"], Calls(world, "ECHO"));
    }

    [Fact]
    public async Task Combined_steps_call_one_activity_per_step()
    {
        await using var world = await WeekStartedAsync(ChaseSteps.Combined);
        await PlayTheWeekAsync(world);

        Assert.Equal(["OpenChaseActivity", "timer", "ChaseStepActivity Submitted"], Calls(world, "ATLAS"));
        Assert.Equal(
            ["OpenChaseActivity", "timer", "ChaseStepActivity FirstReminder", "timer", "ChaseStepActivity Submitted"],
            Calls(world, "BOREAL"));
        Assert.Equal(
            ["OpenChaseActivity", "timer", "ChaseStepActivity FirstReminder", "timer", "ChaseStepActivity SecondReminder", "timer", "ChaseStepActivity Missed"],
            Calls(world, "CASTOR"));
        Assert.Equal(["OpenChaseActivity"], Calls(world, "ECHO"));
    }

    [Fact]
    public void An_input_recorded_before_the_steps_existed_is_a_separate_chase_and_the_weekly_cycle_starts_combined_ones()
    {
        // The SDK's converter, as the engine stores inputs; a chase input from before had no "Steps".
        var json = JsonDataConverter.Default;
        var recorded = json.Serialize(new ChaseInput("ATLAS", Week, Deadlines))!.Replace(",\"Steps\":0", "", StringComparison.Ordinal);
        Assert.DoesNotContain("Steps", recorded, StringComparison.Ordinal);

        Assert.Equal(ChaseSteps.Separate, json.Deserialize<ChaseInput>(recorded)!.Steps);
        Assert.Equal(ChaseSteps.Combined, json.Deserialize<ChaseInput>(json.Serialize(new ChaseInput("ATLAS", Week, Deadlines, ChaseSteps.Combined)))!.Steps);
    }

    [Fact]
    public async Task The_weekly_cycle_starts_every_chase_with_combined_steps()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();

        var started = world.Instance(InstanceIds.Weekly(Week)).Actions.OfType<SubOrchestrationCalled>().ToList();
        Assert.Equal(Projects.Count, started.Count);
        Assert.All(started, s => Assert.Equal(ChaseSteps.Combined, s.InputAs<ChaseInput>()!.Steps));
    }

    private sealed record WeekResult(List<string> Mails, List<string> Outcomes, List<string> Requests, List<string> Escalations);

    private static async Task<WeekResult> RunWeekAsync(ChaseSteps steps)
    {
        await using var world = await WeekStartedAsync(steps);
        await PlayTheWeekAsync(world);

        var outcomes = new List<string>();
        var requests = new List<string>();
        foreach (var project in Projects.Select(p => p.Id))
        {
            var result = (ChaseResult)(await world.Instance(InstanceIds.Chase(project, Week)).Completion)!;
            outcomes.Add($"{project} {result.Outcome} {result.SubmittedAt:O} [{string.Join(", ", result.Escalations)}]");
            var request = (await world.Store.UpdateRequests.FindAsync(UpdateRequest.IdFor(project, Week)))!.Value;
            requests.Add(JsonDataConverter.Default.Serialize(request)!);
        }

        var escalations = new List<string>();
        foreach (var project in Projects.Select(p => p.Id))
        {
            escalations.AddRange((await world.Store.Escalations.ListByProjectAsync(project)).Select(e => $"{e.Id} {e.RaisedAt:O} {e.ReminderDue:O}"));
        }

        var mails = world.Mailer.Sent
            .Select(m => $"{Paris.Local(m.SentAtUtc)} {m.Kind} {m.To} {m.Language} {m.Message.MessageId} {m.Message.Subject}")
            .Order(StringComparer.Ordinal)
            .ToList();
        return new WeekResult(mails, outcomes, requests, escalations);
    }

    /// <summary>Monday 09:00: Echo answered before (an integrator's PUT), Delta was red last week; every chase starts.</summary>
    private static async Task<VirtualWorld> WeekStartedAsync(ChaseSteps steps)
    {
        var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        var lastWeek = Paris.Draft(Rag.Red).ToStatusUpdate("DELTA", Week.Previous(), Dan.Email, Paris.At(11, 10, 10));
        await world.Store.StatusUpdates.CreateAsync(lastWeek with { EventDeliveredAt = Paris.At(11, 10, 10) });
        var early = Paris.Draft(Rag.Green).ToStatusUpdate("ECHO", Week, Eve.Email, Paris.At(11, 16, 8, 50));
        var saved = await world.Store.StatusUpdates.SubmitAsync(early, ifMatch: null);
        await world.Get<ChaseNotifier>().DeliverAsync(saved.Value);

        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        foreach (var project in Projects.Select(p => p.Id))
        {
            await world.Client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ChaseOrchestrator), new ChaseInput(project, Week, Deadlines, steps), new StartOrchestrationOptions(InstanceIds.Chase(project, Week)));
        }

        await world.StartRaisedEscalationsAsync();
        return world;
    }

    /// <summary>Atlas answers on Monday, Delta (red again) on Tuesday, Boréal after its first reminder, Castor never.</summary>
    private static async Task PlayTheWeekAsync(VirtualWorld world)
    {
        await world.AdvanceToAsync(Paris.At(11, 16, 14));
        await SubmitAsync(world, "ATLAS", Rag.Green);
        await world.AdvanceToAsync(Paris.At(11, 17, 10));
        await SubmitAsync(world, "DELTA", Rag.Red);
        await world.AdvanceToAsync(Paris.At(11, 18, 15));
        await SubmitAsync(world, "BOREAL", Rag.Amber);
        await world.AdvanceToAsync(Paris.At(11, 20, 13));
    }

    private static Task<SubmissionResult> SubmitAsync(VirtualWorld world, string project, Rag rag)
    {
        var token = world.Mailer.Sent.Single(m => m.Message.MessageId == $"chase-{project}-{Week}-invite").Token();
        return world.ActAsync(sp => world.Get<UpdateSubmissionService>().SubmitAsync(token, Paris.Draft(rag)));
    }

    /// <summary>The chase's activities (with the step they carry) and timers, in the order it scheduled them.</summary>
    private static List<string> Calls(VirtualWorld world, string project) =>
        world.Instance(InstanceIds.Chase(project, Week)).Actions
            .Where(a => a is ActivityCalled or TimerCreated)
            .Select(a => a switch
            {
                ActivityCalled { Name: nameof(SendChaseMailActivity) } c => $"{c.Name} {c.InputAs<ChaseMailInput>()!.Step}",
                ActivityCalled { Name: nameof(ChaseStepActivity) } c => $"{c.Name} {c.InputAs<ChaseStepInput>()!.Record.Step}",
                ActivityCalled c => c.Name,
                _ => "timer",
            })
            .ToList();
}
