namespace Pmo.Application.Ports.Workflows;

/// <summary>
/// What the application tells the running workflows and asks about them, without knowing the engine: raise one of
/// the <see cref="WorkflowEvents"/> on an instance (<see cref="InstanceIds"/>), read where an instance stands.
/// Implemented over the Durable Task client by Pmo.Workflows.
/// </summary>
public interface IWorkflowSignals
{
    /// <summary>Raises <paramref name="eventName"/> with <paramref name="payload"/> on <paramref name="instanceId"/>.</summary>
    Task RaiseAsync(string instanceId, string eventName, object payload, CancellationToken cancellationToken = default);

    /// <summary>Where the instance stands (its inputs and outputs left out); null when there is no such instance.</summary>
    Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default);
}
