namespace Pmo.Application.Submission;

/// <summary>
/// Delivers stored updates' "update submitted" events to their chases, then takes them out of the outbox (one
/// delivered mark for the whole batch, which keeps the updates' ETags). Safe to repeat: the chase takes the first
/// event and a duplicate changes nothing.
/// </summary>
public sealed partial class ChaseNotifier(
    IPortfolioStore store, IWorkflowSignals workflows, TimeProvider time, IOptions<WorkflowOptions> options, ILogger<ChaseNotifier> logger)
{
    /// <summary>True when the event reached the chase (or no chase is listening) and the update is marked delivered.</summary>
    public async Task<bool> DeliverAsync(StatusUpdate update, CancellationToken cancellationToken = default) =>
        await DeliverAsync([update], cancellationToken) == 1;

    /// <summary>Tells each update's chase, then marks those told delivered in one write; returns how many were.</summary>
    public async Task<int> DeliverAsync(IReadOnlyList<StatusUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var told = new List<string>(updates.Count);
        foreach (var update in updates)
        {
            if (await TellAsync(update, cancellationToken))
            {
                told.Add(update.Id);
            }
        }

        if (told.Count > 0)
        {
            await store.StatusUpdates.MarkDeliveredAsync(told, time.GetUtcNow(), cancellationToken);
        }

        return told.Count;
    }

    /// <summary>False when the chase could not be told (left in the outbox for the relay).</summary>
    private async Task<bool> TellAsync(StatusUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var instanceId = InstanceIds.Chase(update.ProjectId, update.Week);
        try
        {
            // The chase's request says whether anyone can be listening, without a round trip to the engine: a closed
            // request (submitted, missed) is a chase that stopped waiting for good. A missing one is a chase that has
            // not opened the week yet: it checks for a stored update right after creating its request, so it cannot
            // miss this one (only relied on where the store's reads are linearizable, see WorkflowOptions).
            var request = await store.UpdateRequests.FindAsync(UpdateRequest.IdFor(update.ProjectId, update.Week), cancellationToken);
            if (request is { Value.IsClosed: true } || (request is null && options.Value.SkipChaseLookupWithoutRequest))
            {
                return true;
            }

            var instance = await workflows.FindAsync(instanceId, cancellationToken);
            if (instance is { IsListening: true })
            {
                await workflows.RaiseAsync(
                    instanceId,
                    WorkflowEvents.UpdateSubmitted,
                    new UpdateSubmitted(update.ProjectId, update.Week, update.SubmittedAt),
                    cancellationToken);
            }
            else
            {
                // No chase is waiting (finished or never started): there is nobody left to tell.
                LogNoListener(instanceId, instance?.Status);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Leave the outbox entry undelivered: the relay retries at the next start or tick.
            LogDeliveryFailed(ex, instanceId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {InstanceId} that its update was submitted; the outbox relay will retry")]
    private partial void LogDeliveryFailed(Exception ex, string instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "No chase is waiting on {InstanceId} ({Status}); marking the update delivered")]
    private partial void LogNoListener(string instanceId, WorkflowStatus? status);
}
