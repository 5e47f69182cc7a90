using System.Collections.Concurrent;
using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Tests.Samples;

/// <summary>Side effects recorded idempotently by key, so a retried or replayed activity counts once.</summary>
public sealed class EffectLog
{
    private readonly ConcurrentDictionary<string, int> _effects = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _recorded = new();

    public IReadOnlyCollection<string> Keys => _effects.Keys.ToList();

    public int Calls(string key) => _effects.TryGetValue(key, out var calls) ? calls : 0;

    public void Record(string key)
    {
        _effects.AddOrUpdate(key, 1, (_, calls) => calls + 1);
        Signal(key).TrySetResult();
    }

    /// <summary>Completes once <paramref name="key"/> has been recorded: tests wait on this, never on a sleep.</summary>
    public Task WhenRecorded(string key) => Signal(key).Task;

    private TaskCompletionSource Signal(string key) =>
        _recorded.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>The sample's only activity: writes one effect to the log injected by the host.</summary>
public sealed class RecordEffect(EffectLog log) : TaskActivity<string, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, string input)
    {
        // Finish on another thread, as real I/O does, so the harness must wait for it.
        await Task.Run(() => log.Record(input));
        return input;
    }
}
