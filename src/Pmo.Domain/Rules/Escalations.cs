namespace Pmo.Domain.Rules;

/// <summary>What the escalation rules look at for one project.</summary>
public sealed record EscalationFacts(
    Project Project,
    IReadOnlyList<StatusUpdate> RecentUpdates,
    IReadOnlyList<UpdateRequest> RecentRequests,
    IReadOnlyList<ProjectIssue> OpenIssues,
    IReadOnlyList<Escalation> OpenEscalations);

/// <summary>A rule that fired: why, a plain-English summary with the figures, and the question for the committee.</summary>
public sealed record EscalationTrigger(EscalationReason Reason, string Summary, string Question);
