namespace Pmo.Hosting.Durable.Testing;

/// <summary>
/// Runs every orchestrator and activity continuation of a harness on the thread that drives the test, one at a
/// time, so a test step returns only once the orchestration is idle (blocked on a timer, an event or nothing).
/// </summary>
internal sealed class PumpSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly object _gate = new();

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_gate)
        {
            _queue.Enqueue((d, state));
            Monitor.PulseAll(_gate);
        }
    }

    // Orchestrator code never blocks on the harness thread; a synchronous Send would deadlock the pump.
    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("The orchestration harness does not support synchronous Send.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs one queued continuation; false when the queue is empty.</summary>
    public bool RunOne()
    {
        (SendOrPostCallback Callback, object? State) item;
        lock (_gate)
        {
            if (!_queue.TryDequeue(out item))
            {
                return false;
            }
        }

        item.Callback(item.State);
        return true;
    }

    /// <summary>Blocks until something is queued (an activity finishing on another thread) or the timeout passes.</summary>
    public bool WaitForWork(TimeSpan timeout)
    {
        lock (_gate)
        {
            return _queue.Count > 0 || Monitor.Wait(_gate, timeout);
        }
    }
}
