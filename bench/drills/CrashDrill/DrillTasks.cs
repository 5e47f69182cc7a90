using Microsoft.DurableTask;

namespace CrashDrill;

public sealed record DrillInput(DateTime DeadlineUtc);

/// <summary>The chase shape: an effect, a deadline raced against an answer, an effect naming the outcome.</summary>
public sealed class DrillOrchestrator : TaskOrchestrator<DrillInput, string>
{
    public const string AnswerEvent = "Answer";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, DrillInput input)
    {
        await context.CallActivityAsync(nameof(RecordDrillEffect), $"{context.InstanceId}.reminded");
        using var cts = new CancellationTokenSource();
        var answer = context.WaitForExternalEvent<string>(AnswerEvent, cts.Token);
        var deadline = context.CreateTimer(input.DeadlineUtc, cts.Token);
        var winner = await Task.WhenAny(answer, deadline);
        cts.Cancel();
        var outcome = winner == answer ? "answered" : "missed";
        await context.CallActivityAsync(nameof(RecordDrillEffect), $"{context.InstanceId}.{outcome}");
        return outcome;
    }
}

/// <summary>Records an effect idempotently by key (a file per key) and counts every run of it.</summary>
public sealed class RecordDrillEffect(EffectFolder folder) : TaskActivity<string, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, string input)
    {
        await File.WriteAllTextAsync(Path.Combine(folder.Path, input), input);
        await File.AppendAllTextAsync(Path.Combine(folder.Path, input + ".runs"), "1\n");
        return input;
    }
}

public sealed record EffectFolder(string Path);
