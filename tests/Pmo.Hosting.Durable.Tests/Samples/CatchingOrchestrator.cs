using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Tests.Samples;

/// <summary>
/// Calls the flaky activity with the same retry policy as <see cref="RetryingOrchestrator"/> but handles the final
/// failure, returning what the orchestrator was told: the failure details a workflow would log or branch on.
/// </summary>
public sealed class CatchingOrchestrator : TaskOrchestrator<RetryInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, RetryInput input)
    {
        try
        {
            return await context.CallActivityAsync<string>(
                nameof(FlakyActivity),
                input.Value,
                TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: input.FirstRetry)));
        }
        catch (TaskFailedException ex)
        {
            return $"{ex.TaskName}|{ex.FailureDetails.ErrorType}|{ex.FailureDetails.ErrorMessage}";
        }
    }
}
