using System.Collections.Concurrent;

namespace Pmo.Mail.Tests.Support;

/// <summary>
/// A clock for the SendGrid retry tests. Timers shorter than <paramref name="hold"/> (the backoff delays) fire at once
/// and are recorded, so a test checks the backoff the mailer chose without waiting for it. Timers of
/// <paramref name="hold"/> or longer (the request deadline) never fire by themselves: the test fires them with
/// <see cref="FireHeld"/> at the moment it chooses, e.g. once the server holds the request. "Now" is fixed so
/// header-based delays are exact.
/// </summary>
internal sealed class ImmediateTimeProvider(DateTimeOffset now, TimeSpan hold) : TimeProvider
{
    private readonly ConcurrentDictionary<HeldTimer, byte> _held = new();

    /// <summary>The delays of the timers that fired at once, in the order they were asked for.</summary>
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    /// <summary>Number of held timers still pending (created and neither fired nor disposed).</summary>
    public int HeldCount => _held.Count;

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new HeldTimer(this, callback, state);
        }

        if (dueTime >= hold)
        {
            var timer = new HeldTimer(this, callback, state);
            _held.TryAdd(timer, 0);
            return timer;
        }

        Delays.Enqueue(dueTime);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new HeldTimer(this, callback, state);
    }

    /// <summary>Fires every pending held timer (the request deadlines), as if their time had come.</summary>
    public void FireHeld()
    {
        foreach (var timer in _held.Keys)
        {
            if (_held.TryRemove(timer, out _))
            {
                timer.Fire();
            }
        }
    }

    private sealed class HeldTimer(ImmediateTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        public void Fire() => callback(state);

        // Not used by the mailer (its deadlines and delays are one-shot timers); kept inert.
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose() => clock._held.TryRemove(this, out _);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
