namespace Pmo.Workflows.Orchestrations;

/// <summary>Races a pending external event against a durable timer, and cancels the timer when the event wins.</summary>
internal static class DeadlineRace
{
    /// <summary>True when <paramref name="externalEvent"/> completed before <paramref name="deadlineUtc"/>.</summary>
    public static async Task<bool> EventFirstAsync(TaskOrchestrationContext context, Task externalEvent, DateTimeOffset deadlineUtc)
    {
        if (externalEvent.IsCompleted)
        {
            return true;
        }

        using var timerCancellation = new CancellationTokenSource();
        var timer = context.CreateTimer(deadlineUtc.UtcDateTime, timerCancellation.Token);
        if (await Task.WhenAny(externalEvent, timer) == externalEvent)
        {
            // The loser must be cancelled, or the orchestration would stay open until the timer fires. Cancel(), not
            // CancelAsync(): the latter runs callbacks on the thread pool, off the orchestration's thread.
            timerCancellation.Cancel();
            return true;
        }

        return false;
    }

    /// <summary>The orchestration's current time as a UTC <see cref="DateTimeOffset"/>.</summary>
    public static DateTimeOffset Now(TaskOrchestrationContext context) =>
        new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc), TimeSpan.Zero);
}
