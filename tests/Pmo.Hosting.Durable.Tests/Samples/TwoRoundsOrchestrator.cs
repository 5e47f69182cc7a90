using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Tests.Samples;

/// <summary>
/// Pins down how events meet cancelled waits: round one races an answer against a short timer and cancels the wait
/// when the timer wins; an answer sent during the pause that follows is kept for round two.
/// </summary>
public sealed class TwoRoundsOrchestrator : TaskOrchestrator<TimeSpan, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, TimeSpan input)
    {
        using (var cts = new CancellationTokenSource())
        {
            var answer = context.WaitForExternalEvent<UpdateSubmitted>(ChaseOrchestrator.AnswerEvent, cts.Token);
            var timer = context.CreateTimer(context.CurrentUtcDateTime.Add(input), cts.Token);
            var winner = await Task.WhenAny(answer, timer);
            cts.Cancel();
            if (winner == answer)
            {
                return $"round one: {(await answer).By}";
            }
        }

        await context.CallActivityAsync(nameof(RecordEffect), $"{context.InstanceId}:paused");
        await context.CreateTimer(context.CurrentUtcDateTime.Add(input), CancellationToken.None);
        var late = await context.WaitForExternalEvent<UpdateSubmitted>(ChaseOrchestrator.AnswerEvent);
        return $"round two: {late.By}";
    }
}

/// <summary>Two waits for the same event at once: which one does a single event complete?</summary>
public sealed class TwoWaitersOrchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var first = context.WaitForExternalEvent<UpdateSubmitted>(ChaseOrchestrator.AnswerEvent);
        var latest = context.WaitForExternalEvent<UpdateSubmitted>(ChaseOrchestrator.AnswerEvent);
        return await Task.WhenAny(first, latest) == latest ? "latest wait" : "first wait";
    }
}
