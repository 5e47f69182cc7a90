namespace Pmo.Application.Ports.Workflows;

/// <summary>Names of the external events the orchestrations wait for.</summary>
public static class WorkflowEvents
{
    /// <summary>Raised on <c>chase-{project}-{week}</c> when the project's update is stored.</summary>
    public const string UpdateSubmitted = nameof(UpdateSubmitted);

    /// <summary>Raised on <c>escalation-{id}</c> when a committee member has decided.</summary>
    public const string DecisionMade = nameof(DecisionMade);

    /// <summary>Raised on <c>review-{month}</c> when the PMO approved the pack.</summary>
    public const string PackApproved = nameof(PackApproved);

    /// <summary>Raised on <c>arbitration-{month}</c> when a member's votes are stored.</summary>
    public const string ArbitrationVoteCast = nameof(ArbitrationVoteCast);
}

/// <summary>Payload of <see cref="WorkflowEvents.UpdateSubmitted"/>.</summary>
public sealed record UpdateSubmitted(string ProjectId, IsoWeek Week, DateTimeOffset SubmittedAt);

/// <summary>Payload of <see cref="WorkflowEvents.DecisionMade"/>; the decision is already in the log under <see cref="DecisionId"/>.</summary>
public sealed record DecisionMade(string EscalationId, string DecisionId, DecisionOutcome Outcome, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>Payload of <see cref="WorkflowEvents.PackApproved"/>.</summary>
public sealed record PackApproved(YearMonth Month, string ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>Payload of <see cref="WorkflowEvents.ArbitrationVoteCast"/>: the member's votes are already stored in the session.</summary>
public sealed record ArbitrationVoteCast(YearMonth Month, string MemberEmail, IReadOnlyList<string> DemandIds, DateTimeOffset At);
