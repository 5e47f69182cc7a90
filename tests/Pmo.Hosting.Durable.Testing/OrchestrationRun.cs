using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Testing;

/// <summary>
/// One orchestration instance started by <see cref="OrchestrationHarness"/>. Every step (start, advance, raise)
/// returns once the orchestration is idle: finished, or waiting for a timer or an event that only the test can bring.
/// </summary>
public partial class OrchestrationRun
{
    private readonly OrchestrationHarness _harness;
    private readonly HarnessScheduler _scheduler;
    private readonly Func<IServiceProvider, ITaskOrchestrator> _factory;
    private readonly List<RecordedAction> _actions = [];
    private readonly TaskCompletionSource<string?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Type _outputType = typeof(object);

    internal OrchestrationRun(
        OrchestrationHarness harness,
        HarnessScheduler scheduler,
        TaskName name,
        string instanceId,
        Func<IServiceProvider, ITaskOrchestrator> factory,
        ParentOrchestrationInstance? parent)
    {
        _harness = harness;
        _scheduler = scheduler;
        _factory = factory;
        Name = name;
        InstanceId = instanceId;
        Parent = parent;
    }

    /// <summary>The orchestration instance id.</summary>
    public string InstanceId { get; }

    /// <summary>The orchestrator's name (its class name when registered by type).</summary>
    public TaskName Name { get; }

    /// <summary>The parent when this run is a sub-orchestration.</summary>
    public ParentOrchestrationInstance? Parent { get; }

    /// <summary>The current virtual time, shared by every run of the harness.</summary>
    public DateTime Now => _scheduler.Now;

    /// <summary>What this instance did, in order.</summary>
    public IReadOnlyList<RecordedAction> Actions => _actions;

    /// <summary>True once the orchestrator returned or threw.</summary>
    public bool IsCompleted => _completion.Task.IsCompleted;

    /// <summary>The last custom status as JSON (null when never set).</summary>
    public string? CustomStatusJson { get; private set; }

    /// <summary>
    /// The orchestration's output, deserialized to the orchestrator's output type. Read it after the steps that should
    /// finish the orchestration: if it is still waiting, the task fails at once with what it is waiting for (the harness
    /// never advances time by itself, so waiting would hang). A failed orchestration rethrows its own exception.
    /// </summary>
    public Task<object?> Completion => Finished(json => HarnessJson.Deserialize(json, _outputType));

    /// <summary>The activities called so far (every attempt), optionally only those named <paramref name="name"/>.</summary>
    public IReadOnlyList<ActivityCalled> ActivityCalls(string? name = null) =>
        _actions.OfType<ActivityCalled>().Where(a => name is null || a.Name == name).ToList();

    /// <summary>The names of the events the orchestrator is waiting for now.</summary>
    public IReadOnlyList<string> WaitingForEvents =>
        _waiters.SelectMany(w => w.Value.Select(_ => w.Key)).ToList();

    /// <summary>The fire times of this instance's pending timers, earliest first.</summary>
    public IReadOnlyList<DateTime> PendingTimers => _scheduler.PendingTimersOf(this).Select(t => t.FireAt).ToList();

    /// <summary>The custom status deserialized as <typeparamref name="T"/>.</summary>
    public T? GetCustomStatus<T>() => HarnessJson.Deserialize<T>(CustomStatusJson);

    /// <summary>A sub-orchestration started by this run (or any run of the harness) by instance id.</summary>
    public OrchestrationRun Instance(string instanceId) =>
        _scheduler.TryGetInstance(instanceId, out var run)
            ? run
            : throw new KeyNotFoundException($"No orchestration instance '{instanceId}' was started under this harness.");

    /// <summary>Moves virtual time to <paramref name="utc"/>, firing every due timer (of every instance) in order.</summary>
    public OrchestrationRun AdvanceTo(DateTime utc)
    {
        _scheduler.AdvanceTo(utc);
        return this;
    }

    /// <summary>Moves virtual time forward by <paramref name="delay"/>.</summary>
    public OrchestrationRun AdvanceBy(TimeSpan delay) => AdvanceTo(Now + delay);

    /// <summary>Raises an external event to this instance, as <c>DurableTaskClient.RaiseEventAsync</c> would.</summary>
    public OrchestrationRun RaiseEvent(string eventName, object? payload = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var json = HarnessJson.Serialize(payload);
        _scheduler.Run(() => Deliver(eventName, json));
        return this;
    }

    /// <summary>
    /// Fires pending timers one after the other (moving the clock to each) until the orchestration completes.
    /// Throws when it still waits for an event and no timer is left.
    /// </summary>
    public OrchestrationRun RunToCompletion()
    {
        while (!IsCompleted)
        {
            if (!_scheduler.FireNextTimer())
            {
                throw new InvalidOperationException($"Orchestration '{InstanceId}' cannot complete by time alone: {DescribeWait()}.");
            }
        }

        return this;
    }

    internal void Record(RecordedAction action)
    {
        _actions.Add(action);
        _harness.Record(action);
    }

    /// <summary>Completion converted by <paramref name="convert"/>, or an immediate failure saying what the run waits for.</summary>
    private protected Task<T> Finished<T>(Func<string?, T> convert)
    {
        if (!_completion.Task.IsCompleted)
        {
            return Task.FromException<T>(new InvalidOperationException(
                $"Orchestration '{InstanceId}' has not completed at {Now:O}: {DescribeWait()}. Advance time or raise an event first."));
        }

        return _completion.Task.IsFaulted
            ? Task.FromException<T>(_completion.Task.Exception!.InnerException!)
            : Task.FromResult(convert(_completion.Task.Result));
    }

    private string DescribeWait()
    {
        var events = WaitingForEvents;
        var pendingTimers = PendingTimers;
        var parts = new List<string>();
        if (events.Count > 0)
        {
            parts.Add($"waiting for event(s) {string.Join(", ", events)}");
        }

        if (pendingTimers.Count > 0)
        {
            parts.Add($"timer(s) at {string.Join(", ", pendingTimers.Select(t => t.ToString("O")))}");
        }

        return parts.Count == 0 ? "waiting on nothing the harness controls" : string.Join("; ", parts);
    }
}

/// <summary>A run whose output type is known at compile time.</summary>
/// <typeparam name="TOutput">The orchestrator's output type.</typeparam>
public sealed class OrchestrationRun<TOutput> : OrchestrationRun
{
    internal OrchestrationRun(
        OrchestrationHarness harness,
        HarnessScheduler scheduler,
        TaskName name,
        string instanceId,
        Func<IServiceProvider, ITaskOrchestrator> factory)
        : base(harness, scheduler, name, instanceId, factory, parent: null)
    {
    }

    /// <inheritdoc cref="OrchestrationRun.Completion" />
    public new Task<TOutput?> Completion => Finished(HarnessJson.Deserialize<TOutput>);
}
