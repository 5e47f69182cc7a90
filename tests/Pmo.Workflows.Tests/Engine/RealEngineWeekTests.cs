using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Pmo.Application.Ports.Workflows;
using Pmo.Application.Submission;
using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Scheduling;
using Pmo.Workflows.Tests.Support;
using Xunit.Abstractions;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Engine;

/// <summary>
/// The weekly cycle and one escalation on the real engine (in-memory backend) with deadlines seconds apart:
/// the same people answer on time, late or never, Delta turns red a second week running, and a committee member
/// decides through the link of the SLA reminder. Every wait is on an engine completion or a sent e-mail.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class RealEngineWeekTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3); // bounds a hang only

    [Fact]
    public async Task Weekly_cycle_and_escalation_on_the_in_memory_engine_give_the_same_mails_and_outcomes()
    {
        var watch = Stopwatch.StartNew();
        await using var world = await EngineWorld.StartAsync();
        var sla = new EscalationSla { CommitteeReminderAfter = TimeSpan.FromSeconds(4), ConveneAfter = TimeSpan.FromMinutes(5) };
        await TestPortfolio.SeedAsync(world.Store, Settings(sla));

        var now = DateTimeOffset.UtcNow;
        var week = new GovernanceCalendar(Settings()).WeekAt(now);
        await SeedRedPreviousWeekAsync(world, "DELTA", week.Previous());
        // The real engine's timers run on the wall clock, so these windows are what the outcomes depend on: wide enough
        // that an answer sent on the invitation beats the first reminder, and one sent on the reminder beats the deadline,
        // on a 2-core CI box running the other test assemblies (6 s windows were not), yet the test stays under a minute.
        var deadlines = new WeekDeadlines(week, now, now.AddSeconds(15), now.AddSeconds(22), now.AddSeconds(29), now.AddSeconds(30));
        var (weeklyId, started) = await world.Get<WorkflowRunner>().StartWeeklyCycleAsync(new WeeklyCycleInput(week, deadlines));
        Assert.True(started);

        // On time: Atlas, Delta (red again) and Echo answer as soon as they are invited.
        var submissions = new[] { ("ATLAS", Rag.Green), ("DELTA", Rag.Red), ("ECHO", Rag.Green) }
            .Select(p => SubmitOnAsync(world, $"chase-{p.Item1}-{week}-invite", p.Item2))
            .ToList();

        // On time, after a reminder: Boréal answers on its first reminder, before the deadline.
        submissions.Add(SubmitOnAsync(world, $"chase-BOREAL-{week}-reminder1", Rag.Amber));

        // Delta's escalation: Carl decides through the link of the SLA reminder.
        var escalationId = $"DELTA-{week}-redtwoweeksrunning";
        var reminder = await world.Mailer.WhenSent($"escalation-{escalationId}-reminder-carl-at-committee.example").WaitAsync(Timeout);
        var decision = await world.Get<DecisionService>().DecideAsync(reminder.Token(), DecisionOutcome.Defer, "Re-plan first.");
        await Task.WhenAll(submissions).WaitAsync(Timeout);

        using var cts = new CancellationTokenSource(Timeout);
        var weekly = await world.Client.WaitForInstanceCompletionAsync(weeklyId, getInputsAndOutputs: true, cts.Token);
        var escalation = await world.Client.WaitForInstanceCompletionAsync(InstanceIds.Escalation(escalationId), getInputsAndOutputs: true, cts.Token);
        watch.Stop();
        output.WriteLine($"Real engine: week + escalation in {watch.Elapsed.TotalSeconds:F1} s, {world.Mailer.Sent.Count} mails");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, weekly.RuntimeStatus);
        var outcomes = weekly.ReadOutputAs<WeeklyCycleResult>()!.Chases.ToDictionary(c => c.ProjectId, c => c.Outcome);
        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcomes["ATLAS"]);
        Assert.Equal(ChaseOutcome.OnTimeAfterReminder, outcomes["BOREAL"]);
        Assert.Equal(ChaseOutcome.Missed, outcomes["CASTOR"]);
        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcomes["DELTA"]);
        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcomes["ECHO"]);

        var result = escalation.ReadOutputAs<EscalationResult>()!;
        Assert.Equal(DecisionOutcome.Defer, result.Outcome);
        Assert.True(result.Reminded);
        Assert.False(result.Convened);
        Assert.Equal(decision.Id, (await world.Store.Escalations.FindAsync(escalationId))!.Value.DecisionId);

        // The decision mails go out after the orchestration's last activity, which precedes its completion.
        var actual = world.Mailer.Sent.Select(m => $"{m.Kind} {m.To} {m.Language}").Order().ToList();
        Assert.Equal(ExpectedMails().Order().ToList(), actual);
        Assert.Empty(await world.Store.StatusUpdates.ListUndeliveredAsync());
    }

    private static IEnumerable<string> ExpectedMails()
    {
        foreach (var pm in new[] { Alice, Bruno, Chloe, Dan, Eve })
        {
            yield return $"chase-invite {pm.Email} {(pm.Language == Language.Fr ? "fr" : "en")}";
        }

        yield return $"first-reminder {Bruno.Email} fr";
        yield return $"first-reminder {Chloe.Email} fr";
        yield return $"second-reminder {Chloe.Email} fr";
        yield return $"second-reminder {Sam.Email} fr";
        yield return $"update-missed {Paula.Email} en";
        yield return $"weekly-digest {Paula.Email} en";
        yield return $"escalation-notice {Carl.Email} en";
        yield return $"escalation-notice {Claire.Email} fr";
        yield return $"escalation-reminder {Carl.Email} en";
        yield return $"escalation-reminder {Claire.Email} fr";
        yield return $"decision-recorded {Dan.Email} en";
        yield return $"decision-recorded {Paula.Email} en";
    }

    private static async Task SubmitOnAsync(EngineWorld world, string messageId, Rag rag)
    {
        var mail = await world.Mailer.WhenSent(messageId).WaitAsync(Timeout);
        var result = await world.Get<UpdateSubmissionService>().SubmitAsync(mail.Token(), Paris.Draft(rag));
        Assert.True(result.Delivered);
    }

    private static async Task SeedRedPreviousWeekAsync(EngineWorld world, string projectId, IsoWeek week)
    {
        var update = Paris.Draft(Rag.Red).ToStatusUpdate(projectId, week, Dan.Email, DateTimeOffset.UtcNow.AddDays(-7)) with
        {
            EventDeliveredAt = DateTimeOffset.UtcNow.AddDays(-7),
        };
        await world.Store.StatusUpdates.CreateAsync(update);
    }
}
