using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Tests.Samples;

public sealed record ChaseInput(string Subject, DateTime DeadlineUtc);

public sealed record UpdateSubmitted(string By);

/// <summary>A chase in miniature: remind, then race the answer against a durable deadline, then record the outcome.</summary>
public sealed class ChaseOrchestrator : TaskOrchestrator<ChaseInput, string>
{
    public const string AnswerEvent = "UpdateSubmitted";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, ChaseInput input)
    {
        await context.CallActivityAsync(nameof(RecordEffect), $"{input.Subject}:reminded");

        using var cts = new CancellationTokenSource();
        var deadline = context.CreateTimer(input.DeadlineUtc, cts.Token);
        var answer = context.WaitForExternalEvent<UpdateSubmitted>(AnswerEvent, cts.Token);
        var winner = await Task.WhenAny(deadline, answer);
        cts.Cancel(); // not CancelAsync: its callbacks run on the thread pool, outside the orchestrator's thread

        var outcome = winner == answer ? $"answered by {(await answer).By}" : "missed";
        await context.CallActivityAsync(nameof(RecordEffect), $"{input.Subject}:{outcome}");
        return outcome;
    }
}
