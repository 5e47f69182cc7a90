using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Storage;
using Pmo.Domain.Validation;
using Pmo.Workflows.Orchestrations;

namespace Pmo.Workflows.Submission;

/// <summary>
/// Delivers a stored update's "update submitted" event to its chase, then marks the outbox entry delivered.
/// Safe to repeat: the chase takes the first event and a duplicate changes nothing.
/// </summary>
public sealed partial class ChaseNotifier(IPortfolioStore store, DurableTaskClient client, TimeProvider time, ILogger<ChaseNotifier> logger)
{
    /// <summary>True when the event reached the chase (or no chase is listening any more) and the update is marked delivered.</summary>
    public async Task<bool> DeliverAsync(StatusUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var instanceId = InstanceIds.Chase(update.ProjectId, update.Week);
        try
        {
            var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
            if (instance is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
            {
                await client.RaiseEventAsync(
                    instanceId,
                    WorkflowEvents.UpdateSubmitted,
                    new UpdateSubmitted(update.ProjectId, update.Week, update.SubmittedAt),
                    cancellationToken);
            }
            else
            {
                // No chase is waiting (finished or never started): there is nobody left to tell.
                LogNoListener(instanceId, instance?.RuntimeStatus);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Leave the outbox entry undelivered: the relay retries at the next start or tick.
            LogDeliveryFailed(ex, instanceId);
            return false;
        }

        await MarkDeliveredAsync(update, cancellationToken);
        return true;
    }

    private async Task MarkDeliveredAsync(StatusUpdate update, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await store.StatusUpdates.FindAsync(update.Id, cancellationToken);
            if (current is null || current.Value.EventDeliveredAt is not null)
            {
                return;
            }

            try
            {
                await store.StatusUpdates.ReplaceAsync(current.Value with { EventDeliveredAt = time.GetUtcNow() }, current.ETag, cancellationToken);
                return;
            }
            catch (ConcurrencyException)
            {
                // Another relay marked it at the same time; read again.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {InstanceId} that its update was submitted; the outbox relay will retry")]
    private partial void LogDeliveryFailed(Exception ex, string instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "No chase is waiting on {InstanceId} ({Status}); marking the update delivered")]
    private partial void LogNoListener(string instanceId, OrchestrationRuntimeStatus? status);
}
