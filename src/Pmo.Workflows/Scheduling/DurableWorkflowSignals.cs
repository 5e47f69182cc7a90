using Microsoft.DurableTask.Client;

namespace Pmo.Workflows.Scheduling;

/// <summary>The application's <see cref="IWorkflowSignals"/> over the host's <see cref="DurableTaskClient"/>.</summary>
public sealed class DurableWorkflowSignals(DurableTaskClient client) : IWorkflowSignals
{
    public Task RaiseAsync(string instanceId, string eventName, object payload, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);

    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        return instance is null
            ? null
            : new WorkflowInstance(
                instance.InstanceId,
                instance.Name,
                Enum.Parse<WorkflowStatus>(instance.RuntimeStatus.ToString()),
                instance.CreatedAt,
                instance.LastUpdatedAt,
                instance.FailureDetails?.ErrorMessage);
    }
}
