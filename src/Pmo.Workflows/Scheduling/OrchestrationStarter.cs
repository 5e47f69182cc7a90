using Microsoft.DurableTask.Client;

namespace Pmo.Workflows.Scheduling;

/// <summary>
/// Starts an orchestration under a deterministic instance id unless an instance with that id already exists,
/// so that repeated ticks, retried requests and catch-up after downtime never start the same work twice.
/// </summary>
public sealed class OrchestrationStarter(DurableTaskClient client)
{
    /// <summary>True when this call started it; false when it was already there.</summary>
    public async Task<bool> EnsureStartedAsync(TaskName name, string instanceId, object input, CancellationToken cancellationToken = default)
    {
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(name, input, new StartOrchestrationOptions(instanceId), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Someone else may have started it between our check and our start: that is the outcome we wanted.
            if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }

            return false;
        }
    }
}
