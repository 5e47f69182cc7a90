using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Tests.Samples;

/// <summary>
/// Holds every activity that arrives until <see cref="Expect"/>'s count are in flight together, then lets them all go.
/// An engine that runs fewer work items at once never gets there: a test proves concurrency without timing anything.
/// </summary>
public sealed class Rendezvous
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;
    private int _arrived;

    /// <summary>Number of activities that have arrived so far (in flight at once, as none leaves before the last).</summary>
    public int Arrived => Volatile.Read(ref _arrived);

    public void Expect(int count) => Volatile.Write(ref _expected, count);

    public Task ArriveAsync()
    {
        if (Interlocked.Increment(ref _arrived) >= Volatile.Read(ref _expected))
        {
            _all.TrySetResult();
        }

        return _all.Task;
    }

    /// <summary>Lets everyone go (a failed test must not leave activities blocking the engine's stop).</summary>
    public void Release() => _all.TrySetResult();
}

/// <summary>Meets the others at the <see cref="Rendezvous"/>, then echoes its input.</summary>
public sealed class RendezvousActivity(Rendezvous rendezvous) : TaskActivity<string, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, string input)
    {
        await rendezvous.ArriveAsync();
        return input;
    }
}

/// <summary>Calls the rendezvous activity once.</summary>
public sealed class RendezvousOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallActivityAsync<string>(nameof(RendezvousActivity), input);
}
