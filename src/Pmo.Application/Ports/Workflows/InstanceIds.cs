namespace Pmo.Application.Ports.Workflows;

/// <summary>
/// Deterministic orchestration instance ids: starting the same work twice finds the same instance,
/// so repeated or late scheduler ticks are harmless.
/// </summary>
public static class InstanceIds
{
    public static string Weekly(IsoWeek week) => $"weekly-{week}";

    public static string Chase(string projectId, IsoWeek week) => $"chase-{projectId}-{week}";

    public static string Review(YearMonth month) => $"review-{month}";

    public static string Escalation(string escalationId) => $"escalation-{escalationId}";

    public static string Arbitration(YearMonth month) => $"arbitration-{month}";
}
