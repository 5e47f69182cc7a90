namespace Pmo.Workflows.Orchestrations;

/// <summary>
/// The monthly portfolio review of the month before: assemble the pack, ask the PMO to approve it by link, approve
/// it automatically when the delay runs out, then distribute it to the review board.
/// </summary>
public sealed class MonthlyReviewOrchestrator : TaskOrchestrator<MonthlyReviewInput, MonthlyReviewResult>
{
    public override async Task<MonthlyReviewResult> RunAsync(TaskOrchestrationContext context, MonthlyReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger<MonthlyReviewOrchestrator>();
        var status = await context.CallActivityAsync<ReviewPackStatus>(nameof(AssembleReviewPackActivity), input, WorkflowRetry.Activity);

        var approvedBy = "";
        if (status == ReviewPackStatus.AwaitingApproval)
        {
            using var stopWaiting = new CancellationTokenSource();
            var approved = context.WaitForExternalEvent<PackApproved>(WorkflowEvents.PackApproved, stopWaiting.Token);
            await context.CallActivityAsync<int>(nameof(SendPackApprovalActivity), input, WorkflowRetry.Activity);
            if (await DeadlineRace.EventFirstAsync(context, approved, input.Deadlines.AutoApproveUtc))
            {
                approvedBy = (await approved).ApprovedBy;
            }
            else
            {
                stopWaiting.Cancel();
                approvedBy = await context.CallActivityAsync<string>(nameof(AutoApprovePackActivity), input.Month, WorkflowRetry.Activity);
            }
        }

        WorkflowLog.PackApproved(logger, input.Month, approvedBy);
        var distributed = status == ReviewPackStatus.Distributed
            ? 0
            : await context.CallActivityAsync<int>(nameof(DistributePackActivity), input.Month, WorkflowRetry.Activity);
        return new MonthlyReviewResult(input.Month, approvedBy, approvedBy == AutoApprovePackActivity.Auto, distributed);
    }
}
