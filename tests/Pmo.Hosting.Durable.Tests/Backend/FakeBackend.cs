using System.Collections.Concurrent;
using System.Threading.Channels;
using DurableTask.Core;
using DurableTask.Core.History;
using Pmo.Hosting.Durable.Engine;

namespace Pmo.Hosting.Durable.Tests.Backend;

/// <summary>
/// A backend double for the engine's decorators: hands out the work items the test queues and records what is done
/// with them. Only the calls the decorators make are implemented.
/// </summary>
internal sealed class FakeBackend(TimeProvider? time = null, TimeSpan? visibility = null) : ForwardingOrchestrationService(null!)
{
    private readonly Channel<TaskOrchestrationWorkItem> _ready = Channel.CreateUnbounded<TaskOrchestrationWorkItem>();
    private readonly Channel<TaskActivityWorkItem> _activities = Channel.CreateUnbounded<TaskActivityWorkItem>();
    private int _activityFetchesWaiting;
    private int _activitiesHandedOut;
    private readonly TimeProvider _clock = time ?? TimeProvider.System;

    public ConcurrentQueue<TaskOrchestrationWorkItem> Released { get; } = new();

    public ConcurrentQueue<TaskOrchestrationWorkItem> Abandoned { get; } = new();

    public ConcurrentQueue<TaskOrchestrationWorkItem> Completed { get; } = new();

    public ConcurrentQueue<TaskOrchestrationWorkItem> Renewed { get; } = new();

    public ConcurrentQueue<TaskActivityWorkItem> AbandonedActivities { get; } = new();

    /// <summary>Activity fetches waiting for a work item right now.</summary>
    public int ActivityFetchesWaiting => Volatile.Read(ref _activityFetchesWaiting);

    /// <summary>Activities handed out so far.</summary>
    public int ActivitiesHandedOut => Volatile.Read(ref _activitiesHandedOut);

    /// <summary>Set whenever an activity fetch starts waiting or an activity is handed out.</summary>
    public Signal ActivityFetchSignal { get; } = new();

    public Signal ReleaseSignal { get; } = new();

    public Signal RenewSignal { get; } = new();

    public bool Stopped { get; private set; }

    /// <summary>Fired when the backend stops: the sessions' waits end, as the provider's shutdown token ends them.</summary>
    public event Action? Stopping;

    public void Queue(TaskOrchestrationWorkItem workItem) => _ready.Writer.TryWrite(workItem);

    public void QueueActivity(string id) => _activities.Writer.TryWrite(new TaskActivityWorkItem { Id = id, LockedUntilUtc = DateTime.UtcNow.AddMinutes(1) });

    public override async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _activityFetchesWaiting);
        ActivityFetchSignal.Set();
        try
        {
            var workItem = await _activities.Reader.ReadAsync(cancellationToken);
            Interlocked.Increment(ref _activitiesHandedOut);
            ActivityFetchSignal.Set();
            return workItem;
        }
        finally
        {
            Interlocked.Decrement(ref _activityFetchesWaiting);
        }
    }

    public override Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        AbandonedActivities.Enqueue(workItem);
        return Task.CompletedTask;
    }

    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        await _ready.Reader.ReadAsync(cancellationToken);

    public override Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        Completed.Enqueue(workItem);
        return Task.CompletedTask;
    }

    public override Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        Released.Enqueue(workItem);
        ReleaseSignal.Set();
        return Task.CompletedTask;
    }

    public override Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        Abandoned.Enqueue(workItem);
        return Task.CompletedTask;
    }

    public override Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem)
    {
        workItem.LockedUntilUtc = _clock.GetUtcNow().UtcDateTime + (visibility ?? TimeSpan.FromSeconds(20));
        Renewed.Enqueue(workItem);
        RenewSignal.Set();
        return Task.CompletedTask;
    }

    public override Task StopAsync(bool isForced)
    {
        Stopped = true;
        Stopping?.Invoke();
        return Task.CompletedTask;
    }

    /// <summary>A work item for a running orchestration, with its extended session when <paramref name="session"/> is given.</summary>
    public static TaskOrchestrationWorkItem Running(string instanceId, FakeSession? session = null, DateTime lockedUntilUtc = default)
    {
        var state = new OrchestrationRuntimeState();
        state.AddEvent(new OrchestratorStartedEvent(-1));
        state.AddEvent(new ExecutionStartedEvent(-1, "\"input\"")
        {
            Name = "Chase",
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = "e1" },
        });
        return new TaskOrchestrationWorkItem
        {
            InstanceId = instanceId,
            OrchestrationRuntimeState = state,
            NewMessages = [new TaskMessage { Event = state.ExecutionStartedEvent, OrchestrationInstance = state.OrchestrationInstance }],
            Session = session,
            LockedUntilUtc = lockedUntilUtc,
        };
    }

    /// <summary>What the sidecar does with a work item in an episode: new history events (here, an activity scheduled).</summary>
    public static void RunEpisode(TaskOrchestrationWorkItem workItem, int taskId)
    {
        workItem.OrchestrationRuntimeState.AddEvent(new OrchestratorStartedEvent(-1));
        workItem.OrchestrationRuntimeState.AddEvent(new TaskScheduledEvent(taskId, "Step"));
        workItem.OrchestrationRuntimeState.AddEvent(new OrchestratorCompletedEvent(-1));
    }

    public static TaskMessage Completion(string instanceId, int taskId) => new()
    {
        Event = new TaskCompletedEvent(-1, taskId, "\"done\""),
        OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = "e1" },
    };
}

/// <summary>An extended session whose waits for new messages the test ends: with messages, idle (null), or by the backend's stop.</summary>
internal sealed class FakeSession : IOrchestrationSession
{
    private TaskCompletionSource<IList<TaskMessage>?> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Signal Waiting { get; } = new();

    public int Waits { get; private set; }

    public Task<IList<TaskMessage>?> FetchNewOrchestrationMessagesAsync(TaskOrchestrationWorkItem workItem)
    {
        Waits++;
        _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Waiting.Set();
        return _next.Task;
    }

    public void Deliver(params TaskMessage[] messages) => _next.TrySetResult(messages);

    public void IdleTimeout() => _next.TrySetResult(null);

    public Task EndSessionAsync() => Task.CompletedTask;
}

/// <summary>Something the test waits for (with a bound), set by the code under test.</summary>
internal sealed class Signal
{
    private TaskCompletionSource _set = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set() => _set.TrySetResult();

    /// <summary>Waits for the next <see cref="Set"/> (or one already made since the last wait) and re-arms.</summary>
    public async Task WaitAsync()
    {
        await _set.Task.WaitAsync(TimeSpan.FromMinutes(1)); // bounds a hang only
        _set = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
