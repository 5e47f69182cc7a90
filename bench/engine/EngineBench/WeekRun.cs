using System.Diagnostics;
using System.Runtime;
using Microsoft.DurableTask.Client;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Scheduling;

namespace EngineBench;

/// <summary>
/// What one phase of the week cost: its wall time, the storage requests it made, Azurite's and the engine process's
/// CPU time meanwhile, and the process's time in the JIT (first calls at tier 0, tier-1 rejits of methods turned hot).
/// </summary>
public sealed record PhaseFigures(TimeSpan Elapsed, RequestMark Requests, TimeSpan StorageCpu, TimeSpan EngineCpu, TimeSpan Jit);

/// <summary>What one weekly cycle of N chases measured.</summary>
public sealed record WeekFigures(
    int Chases,
    PhaseFigures Burst,
    PhaseFigures Answers,
    Percentiles StartToInvitation,
    Percentiles EventToCompletion)
{
    public RequestMark Requests => Burst.Requests.Plus(Answers.Requests);

    public TimeSpan Elapsed => Burst.Elapsed + Answers.Elapsed;

    public TimeSpan StorageCpu => Burst.StorageCpu + Answers.StorageCpu;

    public TimeSpan EngineCpu => Burst.EngineCpu + Answers.EngineCpu;

    public TimeSpan Jit => Burst.Jit + Answers.Jit;
}

/// <summary>
/// The Monday-morning shape on the real orchestrators: the tick starts <c>weekly-{week}</c> (as
/// <see cref="OrchestrationStarter"/> does), the cycle lists N projects and starts every chase from one episode, and
/// each chase opens its request, invites its PM and waits. That is the burst. Then every PM answers on time (the
/// benchmark raises <c>UpdateSubmitted</c> on each chase, 16 at a time); each chase records the answer, runs the rules
/// and completes, and the cycle sends the digest (its digest time is already past). Times come from the instance
/// store (LastUpdatedAt) and the activity doubles, so no client polls per instance while the engine works; the
/// benchmark's own status queries are left out of the request counts.
/// </summary>
public static class WeekRun
{
    /// <param name="storageCpu">Azurite's CPU time so far (zero in memory), read at each phase's start and end.</param>
    public static async Task<WeekFigures> RunAsync(
        DurableTaskClient client, WeekProbe probe, StorageRequestCounter requests, int chases, IsoWeek week, Func<TimeSpan> storageCpu)
    {
        var projects = Enumerable.Range(1, chases).Select(i => $"P{i:D4}").ToList();
        probe.Arm(projects);
        var now = DateTimeOffset.UtcNow;

        // Reminders an hour away (every answer is on time); the digest time already past, so the cycle sends it as
        // soon as its last chase completes.
        var deadlines = new WeekDeadlines(week, now, now.AddHours(1), now.AddHours(2), now.AddHours(3), now);
        var queries = new QueryMeter(requests);

        // The burst: one start, N chases opened and waiting.
        var before = requests.Mark();
        var cpuBefore = storageCpu();
        var engineCpuBefore = EngineCpu();
        var jitBefore = JitInfo.GetCompilationTime();
        var startUtc = DateTime.UtcNow;
        var start = Stopwatch.GetTimestamp();
        var weeklyId = InstanceIds.Weekly(week);
        if (!await new OrchestrationStarter(client).EnsureStartedAsync(nameof(WeeklyCycleOrchestrator), weeklyId, new WeeklyCycleInput(week, deadlines)))
        {
            throw new InvalidOperationException($"{weeklyId} already exists.");
        }

        await probe.AllInvited.Task.WaitAsync(TimeSpan.FromMinutes(10));
        var invited = probe.Invited.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        Console.Error.WriteLine($"{week}: {chases} invited after {Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s");
        var waiting = await queries.UntilAsync(() => ChasesAsync(client, week), all =>
            all.Count == chases && all.All(c => c.LastUpdatedAt.UtcDateTime > ToUtc(invited[ProjectOf(c.InstanceId)], start, startUtc)));
        var burstEnd = waiting.Max(c => c.LastUpdatedAt.UtcDateTime);
        var burst = requests.Since(before, queries.Take());
        var burstCpu = storageCpu() - cpuBefore;
        var burstEngineCpu = EngineCpu() - engineCpuBefore;
        Console.Error.WriteLine($"{week}: every chase waiting after {(burstEnd - startUtc).TotalSeconds:F1} s");
        var burstJit = JitInfo.GetCompilationTime() - jitBefore;

        // The answers: every PM answers on time.
        before = requests.Mark();
        cpuBefore = storageCpu();
        engineCpuBefore = EngineCpu();
        jitBefore = JitInfo.GetCompilationTime();
        var raisedUtc = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var answersStart = DateTime.UtcNow;
        await Parallel.ForEachAsync(projects, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (project, ct) =>
        {
            var at = DateTime.UtcNow;
            lock (raisedUtc)
            {
                raisedUtc[project] = at;
            }

            await client.RaiseEventAsync(InstanceIds.Chase(project, week), WorkflowEvents.UpdateSubmitted, new UpdateSubmitted(project, week, at), ct);
        });
        await probe.DigestSent.Task.WaitAsync(TimeSpan.FromMinutes(10));
        var weekly = (await queries.UntilAsync(
            async () => [(await client.GetInstanceAsync(weeklyId))!],
            found => found[0].RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed))[0];
        if (weekly.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"{weeklyId} {weekly.RuntimeStatus}; see the engine log (--log).");
        }

        var answers = requests.Since(before, queries.Take());
        var answersCpu = storageCpu() - cpuBefore;
        var answersEngineCpu = EngineCpu() - engineCpuBefore;
        var answersJit = JitInfo.GetCompilationTime() - jitBefore;
        var done = await ChasesAsync(client, week);
        if (done.Any(c => c.RuntimeStatus != OrchestrationRuntimeStatus.Completed))
        {
            throw new InvalidOperationException("A chase did not complete; see the engine log (--log).");
        }

        return new WeekFigures(
            chases,
            new PhaseFigures(burstEnd - startUtc, burst, burstCpu, burstEngineCpu, burstJit),
            new PhaseFigures(weekly.LastUpdatedAt.UtcDateTime - answersStart, answers, answersCpu, answersEngineCpu, answersJit),
            Percentiles.Of(invited.Values.Select(t => Stopwatch.GetElapsedTime(start, t))),
            Percentiles.Of(done.Select(c => c.LastUpdatedAt.UtcDateTime - raisedUtc[ProjectOf(c.InstanceId)])));

        string ProjectOf(string chaseId) => chaseId["chase-".Length..^(week.ToString().Length + 1)];
    }

    private static TimeSpan EngineCpu()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static DateTime ToUtc(long timestamp, long start, DateTime startUtc) => startUtc + Stopwatch.GetElapsedTime(start, timestamp);

    private static async Task<IReadOnlyList<OrchestrationMetadata>> ChasesAsync(DurableTaskClient client, IsoWeek week)
    {
        var all = new List<OrchestrationMetadata>();
        await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "chase-", PageSize = 1000 }))
        {
            if (instance.InstanceId.EndsWith($"-{week}", StringComparison.Ordinal))
            {
                all.Add(instance);
            }
        }

        return all;
    }
}

/// <summary>Runs the benchmark's own status queries until a condition holds, and keeps their requests apart.</summary>
public sealed class QueryMeter(StorageRequestCounter requests)
{
    private RequestMark _spent = RequestMark.Empty;

    public async Task<IReadOnlyList<OrchestrationMetadata>> UntilAsync(
        Func<Task<IReadOnlyList<OrchestrationMetadata>>> query, Func<IReadOnlyList<OrchestrationMetadata>, bool> done)
    {
        while (true)
        {
            var before = requests.Mark();
            var found = await query();
            _spent = _spent.Plus(requests.Since(before, RequestMark.Empty));
            if (done(found))
            {
                return found;
            }

            await Task.Delay(100); // the last episodes commit just after their activity
        }
    }

    /// <summary>The queries' requests so far, and starts counting afresh.</summary>
    public RequestMark Take()
    {
        var taken = _spent;
        _spent = RequestMark.Empty;
        return taken;
    }
}
