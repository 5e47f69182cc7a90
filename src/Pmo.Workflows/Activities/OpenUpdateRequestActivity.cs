namespace Pmo.Workflows.Activities;

/// <summary>
/// Creates the project's update request for the week (once: a retry finds it) and returns its status. A week already
/// answered before its chase opened (an integrator's PUT ahead of Monday) is recorded submitted there and then, so the
/// chase neither invites nor reminds. The update is looked for after the request is written: a submission that read
/// "no request" (and so told nobody, see <see cref="Pmo.Application.Submission.ChaseNotifier"/>) was committed before that read, hence
/// before the request, hence before this look.
/// </summary>
public sealed class OpenUpdateRequestActivity(IPortfolioStore store, TimeProvider time) : TaskActivity<ChaseInput, UpdateRequestStatus>
{
    private const int Attempts = 5;

    public override async Task<UpdateRequestStatus> RunAsync(TaskActivityContext context, ChaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await FindOrCreateAsync(input);
        for (var attempt = 1; request.Value.Status == UpdateRequestStatus.Sent; attempt++)
        {
            if (await store.StatusUpdates.FindAsync(input.ProjectId, input.Week) is not { } answered)
            {
                break;
            }

            var submitted = request.Value with { Status = UpdateRequestStatus.Submitted, SubmittedAt = answered.Value.SubmittedAt };
            try
            {
                return (await store.UpdateRequests.ReplaceAsync(submitted, request.ETag)).Value.Status;
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                request = await store.UpdateRequests.FindAsync(request.Value.Id) ?? throw new NotFoundException("Update request", request.Value.Id);
            }
        }

        return request.Value.Status;
    }

    private async Task<Versioned<UpdateRequest>> FindOrCreateAsync(ChaseInput input)
    {
        var existing = await store.UpdateRequests.FindAsync(UpdateRequest.IdFor(input.ProjectId, input.Week));
        if (existing is not null)
        {
            return existing;
        }

        var request = new UpdateRequest
        {
            ProjectId = input.ProjectId,
            Week = input.Week,
            Status = UpdateRequestStatus.Sent,
            SentAt = time.GetUtcNow(),
            Deadline = input.Deadlines.AnswerDeadlineUtc(),
        };
        try
        {
            return await store.UpdateRequests.CreateAsync(request);
        }
        catch (AlreadyExistsException)
        {
            return (await store.UpdateRequests.FindAsync(request.Id))!;
        }
    }
}
