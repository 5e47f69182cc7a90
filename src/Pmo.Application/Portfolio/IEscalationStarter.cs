namespace Pmo.Application.Portfolio;

/// <summary>
/// Starts the escalation orchestration of a stored escalation (instance id <c>escalation-{id}</c>).
/// Starting twice is harmless: the instance id is deterministic. Implemented by the host over the DurableTaskClient.
/// </summary>
public interface IEscalationStarter
{
    Task<string> StartAsync(Escalation escalation, CancellationToken cancellationToken = default);
}
