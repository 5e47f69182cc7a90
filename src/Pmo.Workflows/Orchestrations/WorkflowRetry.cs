namespace Pmo.Workflows.Orchestrations;

/// <summary>Retry policy of every activity call: transient store or mail failures are retried; activities are idempotent.</summary>
internal static class WorkflowRetry
{
    public static readonly TaskOptions Activity = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(5)));
}
