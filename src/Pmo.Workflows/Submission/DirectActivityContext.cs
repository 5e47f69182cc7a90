using Microsoft.DurableTask;

namespace Pmo.Workflows.Submission;

/// <summary>The context of an activity run in-line by a service instead of by an orchestration (the activity ignores it).</summary>
internal sealed class DirectActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
