using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// Extended sessions for the preview sidecar, which runs one episode per work item and then releases it. When the
/// backend hands out a session (Azure Storage with extended sessions on), a released work item whose orchestration is
/// still running is kept in memory instead: the next messages for that instance are delivered to it, and it comes back
/// from <see cref="LockNextTaskOrchestrationWorkItemAsync"/> with its history already loaded, so the episode reads no
/// history from storage. After the backend's idle timeout without a message, or at shutdown, it is released as
/// before. This is what DurableTask.Core's own dispatcher does with <see cref="TaskOrchestrationWorkItem.Session"/>;
/// the sidecar's dispatcher does not. Nothing is held that storage does not also have: an episode's history, its
/// outgoing messages and the deletion of the messages it consumed are committed before the work item is kept, so a
/// crash loses only the cache.
/// </summary>
internal sealed class ExtendedSessionOrchestrationService(IOrchestrationService inner, TimeSpan visibilityTimeout) : ForwardingOrchestrationService(inner)
{
    private readonly Channel<TaskOrchestrationWorkItem> _resumed = Channel.CreateUnbounded<TaskOrchestrationWorkItem>();
    private readonly ConcurrentDictionary<TaskOrchestrationWorkItem, OrchestrationRuntimeState?> _lockedStates = new();
    private readonly ConcurrentDictionary<TaskOrchestrationWorkItem, byte> _abandoned = new();
    private readonly object _fetchLock = new();
    private readonly object _stopLock = new();
    private Task<TaskOrchestrationWorkItem>? _pendingFetch;
    private volatile bool _stopping;

    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_resumed.Reader.TryRead(out var kept))
            {
                return Locked(kept);
            }

            // One fetch from the backend at a time; when a kept session wins the race, the fetch carries over to the
            // next call (the sidecar's fetch loop passes the same token every time).
            Task<TaskOrchestrationWorkItem> fetch;
            lock (_fetchLock)
            {
                fetch = _pendingFetch ??= Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
            }

            Task first;
            using (var race = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                first = await Task.WhenAny(fetch, _resumed.Reader.WaitToReadAsync(race.Token).AsTask());
                race.Cancel(); // the channel forgets the wait that lost
            }

            if (first == fetch)
            {
                lock (_fetchLock)
                {
                    _pendingFetch = null;
                }

                var workItem = await fetch;
                return workItem is null ? workItem! : Locked(workItem);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                ReleaseWhenFetched(fetch);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    public override Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        _abandoned.TryAdd(workItem, 0);
        return Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);
    }

    public override Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        _lockedStates.TryRemove(workItem, out var lockedState);
        var keep = !_abandoned.TryRemove(workItem, out _)
            && !_stopping
            && workItem.Session is not null
            && workItem.OrchestrationRuntimeState is { OrchestrationStatus: OrchestrationStatus.Running } state
            && ReferenceEquals(state, lockedState); // the sidecar replaces the state object on continue-as-new
        if (!keep)
        {
            return Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        }

        _ = KeepAsync(workItem);
        return Task.CompletedTask;
    }

    public override async Task StopAsync(bool isForced)
    {
        // Work items queued to run again go back unprocessed; the backend's stop then ends the waits of the others,
        // which are released, so its drain of the control queue completes.
        lock (_stopLock)
        {
            _stopping = true;
        }

        while (_resumed.Reader.TryRead(out var kept))
        {
            await GiveBackAsync(kept);
        }

        await Inner.StopAsync(isForced);
    }

    public override Task StopAsync() => StopAsync(isForced: false);

    private TaskOrchestrationWorkItem Locked(TaskOrchestrationWorkItem workItem)
    {
        _lockedStates[workItem] = workItem.OrchestrationRuntimeState;
        return workItem;
    }

    /// <summary>Waits for the session's next messages, then queues the work item to run them, or releases it.</summary>
    private async Task KeepAsync(TaskOrchestrationWorkItem workItem)
    {
        try
        {
            var messages = await workItem.Session.FetchNewOrchestrationMessagesAsync(workItem);
            if (messages is { Count: > 0 })
            {
                // The sidecar replays PastEvents then NewEvents: last episode's new events become past ones.
                workItem.OrchestrationRuntimeState = new OrchestrationRuntimeState(workItem.OrchestrationRuntimeState.Events);
                workItem.NewMessages = messages;
                workItem.IsExtendedSession = true;
                workItem.LockedUntilUtc = DateTime.UtcNow + visibilityTimeout; // the new messages were fetched just now
                lock (_stopLock)
                {
                    if (!_stopping && _resumed.Writer.TryWrite(workItem))
                    {
                        return;
                    }
                }

                await GiveBackAsync(workItem);
                return;
            }
        }
        catch (Exception)
        {
            // Shutting down, or the wait failed: release below, so the instance is never left without a session.
        }

        // Idle timeout or shutdown: released as without extended sessions.
        await Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
    }

    /// <summary>Fetched messages that will not run here go back to the queue at once, then the session is released.</summary>
    private async Task GiveBackAsync(TaskOrchestrationWorkItem workItem)
    {
        await Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);
        await Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
    }

    /// <summary>A backend fetch left behind at shutdown: whatever it still returns goes back unprocessed.</summary>
    private void ReleaseWhenFetched(Task<TaskOrchestrationWorkItem> fetch)
    {
        lock (_fetchLock)
        {
            _pendingFetch = null;
        }

        _ = fetch.ContinueWith(
            async done =>
            {
                if (done.IsCompletedSuccessfully && done.Result is { } workItem)
                {
                    await GiveBackAsync(workItem);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default).Unwrap();
    }
}
