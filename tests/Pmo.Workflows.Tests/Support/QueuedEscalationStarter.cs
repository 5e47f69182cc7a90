using System.Collections.Concurrent;
using Pmo.Application.Portfolio;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Portfolio;

namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// Under the harness an activity must not start an orchestration from inside the harness's pump, so escalations
/// raised by the rules are queued and the test starts them right after the step (the same instant of virtual time).
/// </summary>
internal sealed class QueuedEscalationStarter : IEscalationStarter
{
    public ConcurrentQueue<Escalation> Pending { get; } = new();

    public Task<string> StartAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        Pending.Enqueue(escalation);
        return Task.FromResult(InstanceIds.Escalation(escalation.Id));
    }
}
