namespace Pmo.Hosting.Durable.Testing;

/// <summary>
/// The harness's single-threaded world: the virtual clock, the durable timers of every instance, the running
/// instances by id, and the pump that runs continuations until the world is idle.
/// </summary>
internal sealed class HarnessScheduler(DateTime startUtc)
{
    private readonly PumpSynchronizationContext _pump = new();
    private readonly List<PendingTimer> _timers = [];
    private readonly Dictionary<string, OrchestrationRun> _instances = new(StringComparer.OrdinalIgnoreCase);
    private long _timerSequence;
    private int _externalWork;
    private bool _pumping;

    public VirtualClock Clock { get; } = new(startUtc);

    public DateTime Now => Clock.UtcNow;

    /// <summary>How long the pump waits for an activity that completes on another thread.</summary>
    public TimeSpan ExternalWorkTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<PendingTimer> PendingTimersOf(OrchestrationRun run) =>
        _timers.Where(t => t.Owner == run).OrderBy(t => t.FireAt).ThenBy(t => t.Sequence);

    public void Register(OrchestrationRun run)
    {
        // Same rule as the real engine for a running id: a second start is a conflict, never a duplicate.
        if (_instances.TryGetValue(run.InstanceId, out var existing) && !existing.IsCompleted)
        {
            throw new InvalidOperationException($"An orchestration with instance id '{run.InstanceId}' is already running.");
        }

        _instances[run.InstanceId] = run;
    }

    public bool TryGetInstance(string instanceId, out OrchestrationRun run) =>
        _instances.TryGetValue(instanceId, out run!);

    /// <summary>Runs <paramref name="step"/> on the pump, then pumps until nothing can progress without the test.</summary>
    public void Run(Action step)
    {
        _pump.Post(_ => step(), null);
        if (!_pumping)
        {
            PumpUntilIdle();
        }
    }

    /// <summary>Queues work on the pump without pumping (used from inside orchestrator code).</summary>
    public void Post(Action step) => _pump.Post(_ => step(), null);

    public void BeginExternalWork() => _externalWork++;

    public void EndExternalWork() => _externalWork--;

    public Task CreateTimer(OrchestrationRun owner, DateTime fireAt, CancellationToken cancellationToken)
    {
        fireAt = AsUtc(fireAt);
        owner.Record(new TimerCreated(Now, owner.InstanceId, fireAt));
        var timer = new PendingTimer(owner, fireAt, ++_timerSequence);
        if (cancellationToken.IsCancellationRequested)
        {
            owner.Record(new TimerCancelled(Now, owner.InstanceId, fireAt));
            timer.Completion.TrySetCanceled(cancellationToken);
            return timer.Completion.Task;
        }

        _timers.Add(timer);
        timer.Registration = cancellationToken.Register(() => Cancel(timer, cancellationToken));
        return timer.Completion.Task;
    }

    /// <summary>Moves the clock to <paramref name="utc"/>, firing every timer due on the way in time order.</summary>
    public void AdvanceTo(DateTime utc)
    {
        utc = AsUtc(utc);
        if (utc < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(utc), utc, $"Virtual time only moves forward (now {Now:O}).");
        }

        Run(() => { });
        while (NextTimer() is { } next && next.FireAt <= utc)
        {
            Run(() => Fire(next));
        }

        Clock.UtcNow = utc;
        Run(() => { });
    }

    /// <summary>Fires the earliest pending timer, moving the clock to it; false when no timer is pending.</summary>
    public bool FireNextTimer()
    {
        if (NextTimer() is not { } next)
        {
            return false;
        }

        Run(() => Fire(next));
        return true;
    }

    /// <summary>Forgets an instance's timers (continue-as-new discards them, as the real engine does).</summary>
    public void DiscardTimers(OrchestrationRun owner)
    {
        foreach (var timer in _timers.Where(t => t.Owner == owner).ToList())
        {
            _timers.Remove(timer);
            timer.Registration.Dispose();
        }
    }

    // Unspecified counts as UTC (the SDK's convention for timers); local times are converted.
    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private PendingTimer? NextTimer() =>
        _timers.OrderBy(t => t.FireAt).ThenBy(t => t.Sequence).FirstOrDefault();

    private void Fire(PendingTimer timer)
    {
        if (!_timers.Remove(timer))
        {
            return;
        }

        if (timer.FireAt > Now)
        {
            Clock.UtcNow = timer.FireAt;
        }

        timer.Registration.Dispose();
        timer.Owner.Record(new TimerFired(Now, timer.Owner.InstanceId, timer.FireAt));
        timer.Completion.TrySetResult();
    }

    private void Cancel(PendingTimer timer, CancellationToken cancellationToken)
    {
        if (_timers.Remove(timer))
        {
            timer.Owner.Record(new TimerCancelled(Now, timer.Owner.InstanceId, timer.FireAt));
            timer.Completion.TrySetCanceled(cancellationToken);
        }
    }

    private void PumpUntilIdle()
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_pump);
        _pumping = true;
        try
        {
            while (true)
            {
                if (_pump.RunOne())
                {
                    continue;
                }

                if (_externalWork > 0)
                {
                    if (!_pump.WaitForWork(ExternalWorkTimeout))
                    {
                        throw new TimeoutException($"An activity did not complete within {ExternalWorkTimeout}.");
                    }

                    continue;
                }

                // A timer created for a time already reached fires without the test advancing the clock.
                if (NextTimer() is { } due && due.FireAt <= Now)
                {
                    Fire(due);
                    continue;
                }

                break;
            }
        }
        finally
        {
            _pumping = false;
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    internal sealed class PendingTimer(OrchestrationRun owner, DateTime fireAt, long sequence)
    {
        public OrchestrationRun Owner { get; } = owner;

        public DateTime FireAt { get; } = fireAt;

        public long Sequence { get; } = sequence;

        public TaskCompletionSource Completion { get; } = new();

        public CancellationTokenRegistration Registration { get; set; }
    }
}
