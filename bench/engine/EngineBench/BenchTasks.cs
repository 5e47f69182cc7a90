using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.DurableTask;

namespace EngineBench;

public sealed record ChaseInput(int Index, DateTime DeadlineUtc);

/// <summary>The chase shape: a reminder, a deadline raced against an answer, an activity naming the outcome.</summary>
public sealed class BenchChase : TaskOrchestrator<ChaseInput, string>
{
    public const string AnswerEvent = "Answer";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, ChaseInput input)
    {
        await context.CallActivityAsync(nameof(BenchStep), new StepInput(input.Index, "reminded"));
        using var cts = new CancellationTokenSource();
        var answer = context.WaitForExternalEvent<string>(AnswerEvent, cts.Token);
        var deadline = context.CreateTimer(input.DeadlineUtc, cts.Token);
        var winner = await Task.WhenAny(answer, deadline);
        cts.Cancel(); // not CancelAsync: its callbacks would run outside the orchestrator's thread
        var outcome = winner == answer ? "answered" : "missed";
        await context.CallActivityAsync(nameof(BenchStep), new StepInput(input.Index, outcome));
        return outcome;
    }
}

public sealed record StepInput(int Index, string Step);

/// <summary>Does no work but tell the probe when it ran: the benchmark times the engine, not the activities.</summary>
public sealed class BenchStep(Probe probe) : TaskActivity<StepInput, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, StepInput input)
    {
        probe.Ran(input);
        return Task.FromResult(input.Step);
    }
}

/// <summary>Timestamps (stopwatch ticks) of each instance's first activity; raises the answer through a callback.</summary>
public sealed class Probe
{
    private readonly ConcurrentDictionary<int, long> _firstActivity = new();
    private int _outcomes;

    public Action<int>? OnReminded { get; set; }

    public TaskCompletionSource AllOutcomes { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Expected { get; set; }

    public IReadOnlyDictionary<int, long> FirstActivity => _firstActivity;

    /// <summary>Forgets the previous run (the warm-up) before the next one.</summary>
    public void Reset()
    {
        _firstActivity.Clear();
        _outcomes = 0;
        AllOutcomes = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Ran(StepInput input)
    {
        if (input.Step == "reminded")
        {
            // At least once: a re-run keeps the first timestamp and does not answer twice.
            if (_firstActivity.TryAdd(input.Index, Stopwatch.GetTimestamp()))
            {
                OnReminded?.Invoke(input.Index);
            }
        }
        else if (Interlocked.Increment(ref _outcomes) == Expected)
        {
            AllOutcomes.TrySetResult();
        }
    }
}
