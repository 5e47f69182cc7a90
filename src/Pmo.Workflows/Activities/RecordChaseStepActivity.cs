namespace Pmo.Workflows.Activities;

/// <summary>
/// Moves the update request forward (reminded, second reminder, submitted, missed). Only forward moves apply, so a
/// retry or a late duplicate changes nothing; a submission also refreshes the project's latest RAG.
/// </summary>
public sealed class RecordChaseStepActivity(IPortfolioStore store) : TaskActivity<ChaseStepRecord, UpdateRequestStatus>
{
    public override async Task<UpdateRequestStatus> RunAsync(TaskActivityContext context, ChaseStepRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = UpdateRequest.IdFor(input.ProjectId, input.Week);
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.UpdateRequests.FindAsync(id) ?? throw new NotFoundException("Update request", id);
            var next = Apply(current.Value, input);
            if (next is null)
            {
                return current.Value.Status;
            }

            try
            {
                await store.UpdateRequests.ReplaceAsync(next, current.ETag);
                break;
            }
            catch (ConcurrencyException) when (attempt < 5)
            {
            }
        }

        if (input.Step == ChaseStep.Submitted && await store.StatusUpdates.FindAsync(input.ProjectId, input.Week) is { } update)
        {
            await ProjectLatest.RecordAsync(store, input.ProjectId, update.Value, CancellationToken.None);
        }

        return StatusAfter(input.Step);
    }

    private static UpdateRequest? Apply(UpdateRequest request, ChaseStepRecord step)
    {
        if (request.IsClosed)
        {
            return null;
        }

        return step.Step switch
        {
            ChaseStep.FirstReminder when request.Status == UpdateRequestStatus.Sent =>
                request with { Status = UpdateRequestStatus.Reminded, RemindedAt = step.At },
            ChaseStep.SecondReminder when request.Status is UpdateRequestStatus.Sent or UpdateRequestStatus.Reminded =>
                request with { Status = UpdateRequestStatus.SecondReminderSent, SecondReminderAt = step.At },
            ChaseStep.Missed => request with { Status = UpdateRequestStatus.Missed, MissedAt = step.At },
            ChaseStep.Submitted => request with { Status = UpdateRequestStatus.Submitted, SubmittedAt = step.At },
            _ => null,
        };
    }

    private static UpdateRequestStatus StatusAfter(ChaseStep step) => step switch
    {
        ChaseStep.FirstReminder => UpdateRequestStatus.Reminded,
        ChaseStep.SecondReminder => UpdateRequestStatus.SecondReminderSent,
        ChaseStep.Missed => UpdateRequestStatus.Missed,
        ChaseStep.Submitted => UpdateRequestStatus.Submitted,
        _ => UpdateRequestStatus.Sent,
    };
}
