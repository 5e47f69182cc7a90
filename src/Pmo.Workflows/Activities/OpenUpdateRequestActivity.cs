using Microsoft.DurableTask;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Storage;
using Pmo.Domain.Validation;
using Pmo.Workflows.Orchestrations;

namespace Pmo.Workflows.Activities;

/// <summary>Creates the project's update request for the week (once: a retry finds it) and returns its status.</summary>
public sealed class OpenUpdateRequestActivity(IPortfolioStore store, TimeProvider time) : TaskActivity<ChaseInput, UpdateRequestStatus>
{
    public override async Task<UpdateRequestStatus> RunAsync(TaskActivityContext context, ChaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var existing = await store.UpdateRequests.FindAsync(UpdateRequest.IdFor(input.ProjectId, input.Week));
        if (existing is not null)
        {
            return existing.Value.Status;
        }

        var request = new UpdateRequest
        {
            ProjectId = input.ProjectId,
            Week = input.Week,
            Status = UpdateRequestStatus.Sent,
            SentAt = time.GetUtcNow(),
            Deadline = input.Deadlines.MarkedMissedUtc,
        };
        try
        {
            return (await store.UpdateRequests.CreateAsync(request)).Value.Status;
        }
        catch (AlreadyExistsException)
        {
            return (await store.UpdateRequests.FindAsync(request.Id))!.Value.Status;
        }
    }
}
