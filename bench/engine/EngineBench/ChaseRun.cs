using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace EngineBench;

/// <summary>What one run of N chases measured.</summary>
public sealed record ChaseFigures(
    int Instances,
    TimeSpan Timer,
    TimeSpan ScheduleAll,
    TimeSpan AllComplete,
    TimeSpan AnsweredHalfComplete,
    Percentiles FirstActivity,
    Percentiles EventToCompletion,
    Percentiles TimerDueToCompletion,
    RequestMark Requests);

/// <summary>
/// Schedules N chases at once (bounded parallelism), answers the odd ones as soon as their reminder ran, leaves the
/// even ones to a deadline <c>timer</c> after their start, and reads every completion time from the instance store
/// (LastUpdatedAt) afterwards, so no client polls per instance while the engine works.
/// </summary>
public static class ChaseRun
{
    public static async Task<ChaseFigures> RunAsync(
        DurableTaskClient client, Probe probe, StorageRequestCounter requests, int instances, TimeSpan timer, string prefix)
    {
        var scheduled = new long[instances];
        var raisedUtc = new DateTime[instances];
        var deadlines = new DateTime[instances];
        var answers = new List<Task>();
        probe.Expected = instances;
        probe.OnReminded = index =>
        {
            if (index % 2 == 1)
            {
                lock (answers)
                {
                    answers.Add(Task.Run(async () =>
                    {
                        raisedUtc[index] = DateTime.UtcNow;
                        await client.RaiseEventAsync($"{prefix}{index}", BenchChase.AnswerEvent, "yes");
                    }));
                }
            }
        };

        var requestsBefore = requests.Mark();
        var startUtc = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, instances), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            scheduled[i] = Stopwatch.GetTimestamp();
            deadlines[i] = i % 2 == 1 ? DateTime.UtcNow.AddHours(1) : DateTime.UtcNow.Add(timer);
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(BenchChase), new ChaseInput(i, deadlines[i]), new StartOrchestrationOptions { InstanceId = $"{prefix}{i}" }, ct);
        });
        var scheduleAll = clock.Elapsed;
        Console.Error.WriteLine($"{prefix}: {instances} scheduled in {scheduleAll.TotalSeconds:F1} s");

        await probe.AllOutcomes.Task.WaitAsync(TimeSpan.FromMinutes(10));
        Task[] raised;
        lock (answers)
        {
            raised = [.. answers];
        }

        await Task.WhenAll(raised);
        Console.Error.WriteLine($"{prefix}: every outcome activity ran after {clock.Elapsed.TotalSeconds:F1} s");
        var queries = new QueryMeter(requests);
        var done = await queries.UntilAsync(() => AllAsync(client, prefix), all =>
            all.Count(i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed) == instances ||
            all.Any(i => i.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated));
        if (done.Count(i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed) != instances)
        {
            throw new InvalidOperationException("An instance failed; see the engine log (--log).");
        }

        var storage = requests.Since(requestsBefore, queries.Take());

        var end = new DateTime[instances];
        foreach (var instance in done)
        {
            end[int.Parse(instance.InstanceId[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture)] = instance.LastUpdatedAt.UtcDateTime;
        }

        var odd = Enumerable.Range(0, instances).Where(i => i % 2 == 1).ToList();
        var even = Enumerable.Range(0, instances).Where(i => i % 2 == 0).ToList();
        return new ChaseFigures(
            instances,
            timer,
            scheduleAll,
            end.Max() - startUtc,
            odd.Max(i => end[i]) - startUtc,
            Percentiles.Of(Enumerable.Range(0, instances).Select(i => Stopwatch.GetElapsedTime(scheduled[i], probe.FirstActivity[i]))),
            Percentiles.Of(odd.Select(i => end[i] - raisedUtc[i])),
            Percentiles.Of(even.Select(i => end[i] - deadlines[i])),
            storage);
    }

    private static async Task<IReadOnlyList<OrchestrationMetadata>> AllAsync(DurableTaskClient client, string prefix)
    {
        var all = new List<OrchestrationMetadata>();
        await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, PageSize = 1000 }))
        {
            all.Add(instance);
        }

        return all;
    }
}

/// <summary>p50 / p99 / max of a set of durations.</summary>
public sealed record Percentiles(TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public static Percentiles Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        TimeSpan At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Percentiles(At(0.50), At(0.99), sorted[^1]);
    }

    public override string ToString() => $"p50 {P50.TotalMilliseconds:F0} ms, p99 {P99.TotalMilliseconds:F0} ms, max {Max.TotalMilliseconds:F0} ms";
}
