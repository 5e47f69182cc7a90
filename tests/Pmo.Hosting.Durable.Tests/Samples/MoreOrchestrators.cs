using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Tests.Samples;

public sealed record RetryInput(string Value, TimeSpan FirstRetry);

/// <summary>Calls a flaky activity with a retry policy of three attempts, the second wait twice the first.</summary>
public sealed class RetryingOrchestrator : TaskOrchestrator<RetryInput, string>
{
    public const string FlakyActivity = nameof(Samples.FlakyActivity);

    public override Task<string> RunAsync(TaskOrchestrationContext context, RetryInput input) =>
        context.CallActivityAsync<string>(
            FlakyActivity,
            input.Value,
            TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: input.FirstRetry, backoffCoefficient: 2)));
}

/// <summary>Waits a while before it starts listening, so an answer can arrive before the wait.</summary>
public sealed class LateListenerOrchestrator : TaskOrchestrator<TimeSpan, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, TimeSpan input)
    {
        await context.CreateTimer(context.CurrentUtcDateTime.Add(input), CancellationToken.None);
        var answer = await context.WaitForExternalEvent<UpdateSubmitted>(ChaseOrchestrator.AnswerEvent);
        return answer.By;
    }
}

/// <summary>Fans out one sub-orchestration per subject and gathers their outcomes.</summary>
public sealed class FanOutOrchestrator : TaskOrchestrator<string[], string[]>
{
    public override async Task<string[]> RunAsync(TaskOrchestrationContext context, string[] input)
    {
        var children = input.Select(subject => context.CallSubOrchestratorAsync<string>(
            nameof(ChildOrchestrator), subject, new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}-{subject}" }));
        return await Task.WhenAll(children);
    }
}

/// <summary>A sub-orchestration that records one effect and echoes it.</summary>
public sealed class ChildOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallActivityAsync<string>(nameof(RecordEffect), $"{input}:child");
}

/// <summary>Counts up to its target by continuing as new once per step.</summary>
public sealed class CounterOrchestrator : TaskOrchestrator<CounterState, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, CounterState input)
    {
        context.SetCustomStatus(input.Count);
        if (input.Count < input.Target)
        {
            context.ContinueAsNew(input with { Count = input.Count + 1 });
        }

        return Task.FromResult(input.Count);
    }
}

public sealed record CounterState(int Count, int Target);
