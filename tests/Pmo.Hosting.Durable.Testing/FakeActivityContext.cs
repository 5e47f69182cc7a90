using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Testing;

/// <summary>The activity context handed to real activity classes run by the harness.</summary>
internal sealed class FakeActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
