namespace Pmo.Application.Ports.Workflows;

/// <summary>A workflow instance as the engine reported it when asked.</summary>
public sealed record WorkflowInstance(
    string InstanceId,
    string Name,
    WorkflowStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    string? FailureMessage)
{
    public bool IsRunning => Status == WorkflowStatus.Running;

    /// <summary>Running, not started yet or suspended: an event raised now will be received.</summary>
    public bool IsListening => Status is WorkflowStatus.Running or WorkflowStatus.Pending or WorkflowStatus.Suspended;
}
