namespace Pmo.Application.Ports.Workflows;

/// <summary>The engine's runtime statuses, by the same names (the API reports them as text).</summary>
public enum WorkflowStatus
{
    Running,
    Completed,
    ContinuedAsNew,
    Failed,
    Canceled,
    Terminated,
    Pending,
    Suspended,
}
