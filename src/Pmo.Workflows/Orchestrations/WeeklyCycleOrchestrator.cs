namespace Pmo.Workflows.Orchestrations;

/// <summary>
/// A week's update cycle: one chase per active project (sub-orchestrations <c>chase-{project}-{week}</c>, all started
/// from one episode, with one activity per chase step), then, at the digest time, the PMO's weekly digest and the
/// over-allocation scan of people's capacity.
/// </summary>
public sealed class WeeklyCycleOrchestrator : TaskOrchestrator<WeeklyCycleInput, WeeklyCycleResult>
{
    public override async Task<WeeklyCycleResult> RunAsync(TaskOrchestrationContext context, WeeklyCycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var projectIds = await context.CallActivityAsync<IReadOnlyList<string>>(nameof(ListActiveProjectsActivity), input.Week, WorkflowRetry.Activity);
        var chases = await Task.WhenAll(projectIds.Select(id => ChaseAsync(context, new ChaseInput(id, input.Week, input.Deadlines, ChaseSteps.Combined))));

        if (DeadlineRace.Now(context) < input.Deadlines.WeeklyDigestUtc)
        {
            await context.CreateTimer(input.Deadlines.WeeklyDigestUtc.UtcDateTime, CancellationToken.None);
        }

        var result = new WeeklyCycleResult(input.Week, chases);
        await context.CallActivityAsync<int>(nameof(SendWeeklyDigestActivity), result, WorkflowRetry.Activity);

        // Last, so a cycle already waiting for its digest when this step was deployed replays its history unchanged.
        await context.CallActivityAsync<IReadOnlyList<string>>(
            nameof(EvaluateOverAllocationActivity), new OverAllocationCheck(input.Week, DeadlineRace.Now(context)), WorkflowRetry.Activity);
        return result;
    }

    /// <summary>
    /// A chase that fails (after its activities' own retries) is reported as failed; it must not sink the digest.
    /// No retry of the sub-orchestration itself: a second start under the same instance id would conflict.
    /// </summary>
    private static async Task<ChaseResult> ChaseAsync(TaskOrchestrationContext context, ChaseInput input)
    {
        try
        {
            return await context.CallSubOrchestratorAsync<ChaseResult>(
                nameof(ChaseOrchestrator), input, new TaskOptions().WithInstanceId(InstanceIds.Chase(input.ProjectId, input.Week)));
        }
        catch (TaskFailedException)
        {
            return new ChaseResult(input.ProjectId, input.Week, ChaseOutcome.Failed, null, []);
        }
    }
}
