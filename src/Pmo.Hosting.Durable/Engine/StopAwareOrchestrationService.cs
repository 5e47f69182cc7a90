namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// Passes everything to the backend, with two shutdown fixes for the preview sidecar: the engine can await the
/// backend's stop (the sidecar stops it from a fire-and-forget handler, and Azurite must outlive that so leases are
/// released); and a fetch cancelled by shutdown throws instead of returning nothing, because the sidecar's fetch loop
/// only leaves on a cancellation exception (Azure Storage returns null, and the loop would spin).
/// It can also report a higher work-item limit than the backend: once the limit is reached the sidecar re-checks for a
/// free slot only every 500 ms, and the in-memory store reports the processor count (2 here), which held it to about
/// 4 episodes a second.
/// </summary>
internal sealed class StopAwareOrchestrationService(IOrchestrationService inner, int? maxConcurrentWorkItems = null) : ForwardingOrchestrationService(inner)
{
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    public bool WasStarted => Volatile.Read(ref _started) == 1;

    public Task Stopped => _stopped.Task;

    public override int MaxConcurrentTaskOrchestrationWorkItems => maxConcurrentWorkItems ?? Inner.MaxConcurrentTaskOrchestrationWorkItems;

    public override int MaxConcurrentTaskActivityWorkItems => maxConcurrentWorkItems ?? Inner.MaxConcurrentTaskActivityWorkItems;

    public override Task StartAsync()
    {
        Volatile.Write(ref _started, 1);
        return Inner.StartAsync();
    }

    public override Task StopAsync() => StopAsync(isForced: false);

    public override async Task StopAsync(bool isForced)
    {
        try
        {
            await Inner.StopAsync(isForced);
            _stopped.TrySetResult();
        }
        catch (Exception ex)
        {
            _stopped.TrySetException(ex);
            throw;
        }
    }

    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        ThrowIfCancelledWhenNone(await Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken), cancellationToken);

    public override async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        ThrowIfCancelledWhenNone(await Inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken), cancellationToken);

    // No work item because the fetch was cancelled: throw, the only way out of the sidecar's fetch loop.
    private static T ThrowIfCancelledWhenNone<T>(T? workItem, CancellationToken cancellationToken)
        where T : class
    {
        if (workItem is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return workItem!;
    }
}
