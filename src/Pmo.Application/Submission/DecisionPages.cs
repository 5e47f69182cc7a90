namespace Pmo.Application.Submission;

/// <summary>What the committee decision page shows.</summary>
public sealed record DecisionPage(LinkClaims Link, Escalation Escalation, Project Project);

/// <summary>What the pack approval page shows.</summary>
public sealed record PackApprovalPage(LinkClaims Link, ReviewPack Pack);
