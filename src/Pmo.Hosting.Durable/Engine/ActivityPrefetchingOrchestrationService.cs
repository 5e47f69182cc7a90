using System.Threading.Channels;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// Fetches activities from the backend with several requests in flight. The sidecar's activity dispatcher fetches one
/// work item at a time, and Azure Storage's fetch is one queue request per activity: under a burst each waits its turn
/// behind everything else Azurite is doing, which capped the weekly burst at the rate of one such round trip (about
/// 50 activities a second) with Azurite not busy. <paramref name="fetchers"/> fetch loops feed a small buffer; each
/// blocks once it holds a fetched item the sidecar has no room for, so at most twice that many activities wait
/// fetched (their queue visibility timeout runs meanwhile, as it does for the one the sidecar fetches itself).
/// Started by the sidecar's first fetch, with its token; what is still buffered at shutdown is abandoned, visible again
/// at once. Idle, each loop polls the queue at the backend's pace (up to MaxQueuePollingInterval).
/// </summary>
internal sealed class ActivityPrefetchingOrchestrationService(IOrchestrationService inner, int fetchers) : ForwardingOrchestrationService(inner)
{
    private readonly Channel<TaskActivityWorkItem> _fetched = Channel.CreateBounded<TaskActivityWorkItem>(fetchers);
    private readonly object _startLock = new();
    private Task? _loops;

    public override async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        lock (_startLock)
        {
            _loops ??= Task.WhenAll(Enumerable.Range(0, fetchers).Select(_ => Task.Run(() => FetchLoopAsync(receiveTimeout, cancellationToken), CancellationToken.None)));
        }

        return await _fetched.Reader.ReadAsync(cancellationToken);
    }

    public override async Task StopAsync(bool isForced)
    {
        // The sidecar's token has stopped the loops by now; nothing buffered will run here.
        if (_loops is { } running)
        {
            await running;
        }

        while (_fetched.Reader.TryRead(out var workItem))
        {
            await Inner.AbandonTaskActivityWorkItemAsync(workItem);
        }

        await Inner.StopAsync(isForced);
    }

    public override Task StopAsync() => StopAsync(isForced: false);

    private async Task FetchLoopAsync(TimeSpan receiveTimeout, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TaskActivityWorkItem? workItem;
            try
            {
                workItem = await Inner.LockNextTaskActivityWorkItem(receiveTimeout, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage unreachable or the like: pause as the sidecar itself would, then try again.
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, Inner.GetDelayInSecondsAfterOnFetchException(ex))), stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            if (workItem is null)
            {
                continue;
            }

            try
            {
                await _fetched.Writer.WriteAsync(workItem, stop);
            }
            catch (OperationCanceledException)
            {
                await Inner.AbandonTaskActivityWorkItemAsync(workItem);
                return;
            }
        }
    }
}
