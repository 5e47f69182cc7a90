using System.Collections.Concurrent;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// Keeps an orchestration episode's messages hidden while it runs, as DurableTask.Core's own dispatcher does and the
/// preview sidecar does not: Azure Storage hides a fetched control-queue message for
/// <see cref="DurableEngineOptions.ControlQueueVisibilityTimeout"/> only, and an episode that outlasts it (the weekly
/// cycle starting 1,000 chases commits 1,000 queue messages and 1,000 history rows on a busy machine) would see its
/// messages delivered again while it still runs, then fail to delete them. The lock is renewed when it has less than
/// half of the timeout left, until the episode is completed, abandoned or released. A renewal racing the final delete
/// is what the provider's delete retries for.
/// </summary>
internal sealed class LockRenewingOrchestrationService(IOrchestrationService inner, TimeSpan visibilityTimeout, TimeProvider? time = null)
    : ForwardingOrchestrationService(inner)
{
    private readonly ConcurrentDictionary<TaskOrchestrationWorkItem, CancellationTokenSource> _renewals = new();
    private readonly TimeProvider _clock = time ?? TimeProvider.System;

    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var workItem = await Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
        if (workItem is not null && workItem.LockedUntilUtc != default && workItem.LockedUntilUtc != DateTime.MaxValue)
        {
            var stop = new CancellationTokenSource();
            _renewals[workItem] = stop;
            _ = RenewAsync(workItem, stop.Token);
        }

        return workItem!;
    }

    public override async Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        try
        {
            await Inner.CompleteTaskOrchestrationWorkItemAsync(
                workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
        }
        finally
        {
            StopRenewing(workItem);
        }
    }

    public override Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        StopRenewing(workItem);
        return Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);
    }

    public override Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        StopRenewing(workItem);
        return Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
    }

    private void StopRenewing(TaskOrchestrationWorkItem workItem)
    {
        if (_renewals.TryRemove(workItem, out var stop))
        {
            stop.Cancel();
            stop.Dispose();
        }
    }

    private async Task RenewAsync(TaskOrchestrationWorkItem workItem, CancellationToken stop)
    {
        var margin = visibilityTimeout / 2;
        var least = TimeSpan.Zero;
        while (!stop.IsCancellationRequested)
        {
            var wait = workItem.LockedUntilUtc - margin - _clock.GetUtcNow().UtcDateTime;
            try
            {
                await Task.Delay(wait > least ? wait : least, _clock, stop);
                await Inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);
                least = TimeSpan.FromSeconds(1); // never a tight loop, whatever the backend did with LockedUntilUtc
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception)
            {
                // The backend logs it; the next attempt comes a little later (or the episode ends first).
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
