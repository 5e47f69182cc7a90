namespace Pmo.Storage.Sqlite.Writes;

/// <summary>
/// One writer waiting in the <see cref="WriteQueue"/>: its work, and the outcome its caller awaits. A writer cancelled
/// while still queued is never run; once taken into a batch, only its own work observes its token.
/// </summary>
internal abstract class QueuedWrite
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly CancellationTokenRegistration _registration;
    private int _state;

    protected QueuedWrite(CancellationToken cancellationToken)
    {
        CancellationToken = cancellationToken;
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.Register(static w => ((QueuedWrite)w!).CancelIfQueued(), this);
        }
    }

    protected CancellationToken CancellationToken { get; }

    /// <summary>When the writer queued (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), for the queue-wait metric.</summary>
    public long QueuedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Claims the writer for a batch; false when it was cancelled while queued (it then runs nowhere).</summary>
    public bool TryTake()
    {
        var taken = Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;
        _registration.Dispose();
        return taken;
    }

    /// <summary>Runs the work inside the batch's transaction and keeps its result until the batch commits.</summary>
    public abstract Task RunAsync(WriteScope scope);

    /// <summary>The batch committed: the caller gets its result.</summary>
    public abstract void Acknowledge();

    /// <summary>The caller gets <paramref name="error"/> (its own failure, or the batch's), and nothing of it is written.</summary>
    public abstract void Fail(Exception error);

    protected abstract void SetCancelled();

    private void CancelIfQueued()
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            SetCancelled();
        }
    }
}

/// <inheritdoc cref="QueuedWrite"/>
internal sealed class QueuedWrite<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellationToken) : QueuedWrite(cancellationToken)
{
    // Continuations run on the thread pool, never inline in the batch that completes them.
    private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Outcome => _outcome.Task;

    public override async Task RunAsync(WriteScope scope) => _result = await work(scope);

    public override void Acknowledge() => _outcome.TrySetResult(_result!);

    public override void Fail(Exception error)
    {
        if (error is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            _outcome.TrySetCanceled(CancellationToken);
        }
        else
        {
            _outcome.TrySetException(error);
        }
    }

    protected override void SetCancelled() => _outcome.TrySetCanceled(CancellationToken);
}
