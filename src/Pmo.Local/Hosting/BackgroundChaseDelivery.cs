using System.Threading.Channels;

namespace Pmo.Local.Hosting;

/// <summary>
/// The local host's <see cref="IChaseDelivery"/>: a submission commits and returns, and the chase is told right after
/// by this hosted service, which drains a queue in batches (one delivered mark per batch, see
/// <see cref="ChaseNotifier.DeliverAsync(IReadOnlyList{StatusUpdate}, CancellationToken)"/>). The queue is memory
/// only; the update's outbox marker is what makes the event survive a crash: at start this service first relays
/// what the store still holds undelivered, and the scheduler tick does so too. A full queue drops the item (the
/// relay delivers it later) rather than slow down the request.
/// </summary>
public sealed partial class BackgroundChaseDelivery(IServiceScopeFactory scopes, ILogger<BackgroundChaseDelivery> logger)
    : BackgroundService, IChaseDelivery
{
    private const int Capacity = 10_000;
    private const int MaxBatch = 256;

    private readonly Channel<StatusUpdate> _queue = Channel.CreateBounded<StatusUpdate>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly TaskCompletionSource _startRelay = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _progressLock = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _waiters = [];
    private long _enqueued;
    private long _handled;

    public Task<bool> AfterCommitAsync(StatusUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_progressLock)
        {
            if (_queue.Writer.TryWrite(update))
            {
                _enqueued++;
            }
            else
            {
                LogQueueFull(update.Id);
            }
        }

        return Task.FromResult(false);
    }

    /// <summary>Completes once the relay of what the store held undelivered at start has run (delivered or left for the tick).</summary>
    public Task StartRelayDone => _startRelay.Task;

    /// <summary>Completes once every update queued before the call has been handled (told, or left to the relay).</summary>
    public Task WhenHandledAsync()
    {
        lock (_progressLock)
        {
            if (_handled >= _enqueued)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((_enqueued, done));
            return done.Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // What a previous run committed but did not get to tell (killed, stopped with a full queue).
        await RunAsync(sp => sp.GetRequiredService<OutboxRelay>().RelayAsync(stoppingToken), stoppingToken);
        _startRelay.TrySetResult();

        var batch = new List<StatusUpdate>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var update))
            {
                batch.Add(update);
            }

            await RunAsync(sp => sp.GetRequiredService<ChaseNotifier>().DeliverAsync(batch, stoppingToken), stoppingToken);
            Handled(batch.Count);
            batch.Clear();
        }
    }

    private async Task RunAsync(Func<IServiceProvider, Task<int>> work, CancellationToken stoppingToken)
    {
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope)
            {
                await work(scope.ServiceProvider);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Still in the store's outbox: the next scheduler tick or start relays it.
            LogDeliveryFailed(ex);
        }
    }

    private void Handled(int count)
    {
        lock (_progressLock)
        {
            _handled += count;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Target <= _handled)
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chase delivery queue full; {UpdateId} stays in the outbox for the relay")]
    private partial void LogQueueFull(string updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering submitted updates to their chases failed; they stay in the outbox for the relay")]
    private partial void LogDeliveryFailed(Exception ex);
}
