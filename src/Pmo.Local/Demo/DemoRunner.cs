using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Pmo.Application.Arbitration;
using Pmo.Application.Mail;
using Pmo.Application.Ports.Workflows;
using Pmo.Workflows.Arbitration;
using Pmo.Workflows.Orchestrations;

namespace Pmo.Local.Demo;

/// <summary>What the demo produced, for the closing lines and for tests.</summary>
public sealed record DemoOutcome(string Outbox, int Emails, IReadOnlyList<string> PackFiles, string DecisionLog, int Decisions, TimeSpan Elapsed);

/// <summary>
/// Runs the demo: seeds a fresh store, then for each week sets the virtual clock to Monday 09:00, opens the chase with
/// the week's deadlines converted to real instants, lets the simulated PMs answer and the committee decide, and prints
/// the week's outcomes once its digest is sent; then runs the month's review (auto-approved after the virtual delay).
/// Each step starts when the previous one has finished, so a slow machine stretches the demo but never changes
/// its story.
/// </summary>
public sealed class DemoRunner(IServiceProvider services, DemoFolders folders, TextWriter output)
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);

    public async Task<DemoOutcome> RunAsync(int weekCount, TimeSpan realWeek, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var store = services.GetRequiredService<IPortfolioStore>();
        var real = services.GetRequiredService<TimeProvider>();
        var timeline = DemoTimeline.Plan(new GovernanceCalendar(DemoPortfolio.Settings()), DateOnly.FromDateTime(real.GetUtcNow().UtcDateTime), weekCount, realWeek);
        await services.GetRequiredService<PortfolioSeeder>().SeedIfEmptyAsync(ct, timeline.Weeks[0].Previous());
        var settings = await store.Settings.GetOrDefaultAsync(ct);
        var progress = new DemoProgress(timeline, output);
        var runner = services.GetRequiredService<WorkflowRunner>();
        var client = services.GetRequiredService<DurableTaskClient>();
        var pms = new ProjectManagers(store, services.GetRequiredService<LinkIssuer>(), services.GetRequiredService<UpdateSubmissionService>(), timeline, progress);
        var committee = new Committee(store, services.GetRequiredService<LinkIssuer>(), services.GetRequiredService<DecisionService>(), real, timeline, progress);
        var arbitration = new ArbitrationCommittee(store, services.GetRequiredService<LinkIssuer>(), services.GetRequiredService<ArbitrationVoteService>(), services.GetRequiredService<MailDispatcher>(), timeline, progress);
        var staffing = new PmoStaffing(store, services.GetRequiredService<MailDispatcher>(), timeline, progress);
        var chair = settings.Recipients.CommitteeChair?.Email ?? settings.Recipients.Committee[0].Email;

        progress.Heading($"Demo: weeks {timeline.Weeks[0]} to {timeline.Weeks[^1]} and the review of {timeline.ReviewedMonth}; one virtual week = {realWeek.TotalSeconds:0.#} s (idle weekends skipped)");
        using var stopCommittee = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var committeeRun = committee.RunAsync(chair, stopCommittee.Token);

        for (var i = 0; i < timeline.Weeks.Count; i++)
        {
            var week = timeline.Weeks[i];
            var deadlines = timeline.Calendar.ForWeek(week);
            timeline.Clock.Rebase(deadlines.ChaseOpensUtc);
            var projects = await store.Projects.ListActiveAsync(ct);
            progress.Heading($"Week {week}");
            var (instance, _) = await runner.StartWeeklyCycleAsync(new WeeklyCycleInput(week, timeline.RealDeadlines(week)), ct);
            progress.Line(deadlines.ChaseOpensUtc, $"Chase opens: {projects.Count} invitations sent");
            // The arbitration session runs beside the first week's chase; its GO joins the next week's cycle.
            var session = i == 0 ? arbitration.RunAsync(runner, deadlines, ct) : null;
            await pms.RunWeekAsync(week, i, projects, ct);
            var created = new List<string>();
            if (session is not null)
            {
                var outcome = await CompletedAsync<ArbitrationResult>(client, await session, ct);
                progress.Line(ArbitrationCommittee.VirtualDates(deadlines).SessionUtc, "Arbitration outcome: " + Outcome(outcome));
                created.AddRange(outcome.ProjectsCreated);
            }

            var result = await CompletedAsync<WeeklyCycleResult>(client, instance, ct);
            progress.Line(deadlines.WeeklyDigestUtc, "Digest to the PMO: " + Summary(result));

            // The GO's project is staffed on Friday afternoon, once the week is done: its PM joins the next weekly cycle.
            foreach (var projectId in created)
            {
                await staffing.RunAsync(projectId, deadlines.WeeklyDigestUtc + TimeSpan.FromHours(2), ct);
            }
        }

        await RunReviewAsync(timeline, runner, client, progress, settings.PackAutoApproveAfter, ct);

        // Anything raised at the very end is decided now, so the log is complete.
        await stopCommittee.CancelAsync();
        await committeeRun;
        await committee.DecideDueAsync(chair, TimeSpan.Zero, ct);

        var decisions = await DecisionLogWriter.WriteAsync(store, folders.DecisionLog, timeline.Calendar.TimeZone, d => arbitration.ShownTime(d) ?? committee.ShownTime(d), ct);
        var packs = Directory.Exists(folders.Packs) ? Directory.GetFiles(folders.Packs, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        var emails = Directory.Exists(folders.Outbox) ? Directory.GetFiles(folders.Outbox, "*.eml").Length : 0;
        return new DemoOutcome(folders.Outbox, emails, packs, folders.DecisionLog, decisions, clock.Elapsed);
    }

    private static async Task RunReviewAsync(DemoTimeline timeline, WorkflowRunner runner, DurableTaskClient client, DemoProgress progress, TimeSpan autoApproveAfter, CancellationToken ct)
    {
        var deadlines = timeline.Calendar.ForMonth(timeline.ReviewedMonth);
        timeline.Clock.Rebase(deadlines.AssembleUtc);
        progress.Heading("Month end");
        progress.Line(deadlines.AssembleUtc, $"Monthly portfolio review of {timeline.ReviewedMonth}: pack assembled, PMO asked to approve");
        var input = new MonthlyReviewInput(timeline.ReviewedMonth, timeline.RealDeadlines(timeline.ReviewedMonth, autoApproveAfter));
        var (instance, _) = await runner.StartMonthlyReviewAsync(input, ct);
        var result = await CompletedAsync<MonthlyReviewResult>(client, instance, ct);
        progress.Line(deadlines.AssembleUtc + autoApproveAfter,
            $"Pack approved by {(result.AutoApproved ? "timeout (no answer from the PMO)" : result.ApprovedBy)}, sent to {result.Distributed} review board members");
    }

    private static async Task<T> CompletedAsync<T>(DurableTaskClient client, string instanceId, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(WaitLimit);
        OrchestrationMetadata state;
        try
        {
            state = await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{instanceId} did not complete within {WaitLimit.TotalSeconds:0} s.");
        }

        if (state.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"{instanceId} ended {state.RuntimeStatus}: {state.FailureDetails?.ErrorMessage}");
        }

        return state.ReadOutputAs<T>() ?? throw new InvalidOperationException($"{instanceId} returned no output.");
    }

    private static string Describe(ChaseOutcome outcome) => outcome switch
    {
        ChaseOutcome.OnTimeBeforeReminder => "on time before any reminder",
        ChaseOutcome.OnTimeAfterReminder => "on time after a reminder",
        ChaseOutcome.Missed => "missed",
        _ => "failed",
    };

    private static string Outcome(ArbitrationResult result) =>
        string.Join(", ", result.Decisions.Select(d => $"{d.DemandId} {DecideArbitrationActivity.Label(d.Outcome)}"))
        + (result.ProjectsCreated.Count > 0 ? $"; approved project created: {string.Join(", ", result.ProjectsCreated)}" : "");

    private static string Summary(WeeklyCycleResult result)
    {
        var parts = result.Chases.GroupBy(c => c.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Describe(g.Key)}");
        var escalations = result.Chases.SelectMany(c => c.Escalations).ToList();
        return string.Join(", ", parts) + (escalations.Count > 0 ? $"; escalated: {string.Join(", ", escalations)}" : "");
    }
}
