namespace Pmo.Workflows.Scheduling;

/// <summary>Starts <c>escalation-{id}</c> with the SLA instants stored on the escalation.</summary>
public sealed class DurableEscalationStarter(OrchestrationStarter starter) : IEscalationStarter
{
    public async Task<string> StartAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var instanceId = InstanceIds.Escalation(escalation.Id);
        var input = new EscalationInput(escalation.Id, escalation.ProjectId, new EscalationDeadlines(escalation.ReminderDue, escalation.ConveneDue));
        await starter.EnsureStartedAsync(nameof(EscalationOrchestrator), instanceId, input, cancellationToken);
        return instanceId;
    }
}
