namespace Pmo.Domain.Portfolio;

/// <summary>Why an escalation was raised: by hand or by one of the default rules.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EscalationReason>))]
public enum EscalationReason
{
    Manual,
    RedTwoWeeksRunning,
    BudgetOverrun,
    MilestoneSlip,
    MissedUpdates,
    CriticalIssue,
    DecisionRequested,

    /// <summary>A person above the capacity threshold for consecutive months (Capacity/OverAllocationRule).</summary>
    OverAllocation,
}

[JsonConverter(typeof(JsonStringEnumConverter<EscalationLevel>))]
public enum EscalationLevel
{
    Pmo,
    ManagementCommittee,
}

[JsonConverter(typeof(JsonStringEnumConverter<EscalationStatus>))]
public enum EscalationStatus
{
    Open,
    CommitteeReminded,
    CommitteeConvened,
    Decided,
    Withdrawn,
}

/// <summary>A topic escalated to the management committee, with its SLA dates and, once decided, the decision.</summary>
public sealed record Escalation : IAggregate
{
    public required string Id { get; init; }
    public required string ProjectId { get; init; }
    public required EscalationReason Reason { get; init; }
    public EscalationLevel Level { get; init; } = EscalationLevel.ManagementCommittee;
    public EscalationStatus Status { get; init; } = EscalationStatus.Open;
    public required string Summary { get; init; }

    /// <summary>The question put to the committee.</summary>
    public string Question { get; init; } = "";
    public string RaisedBy { get; init; } = "";
    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>SLA: committee reminded at this instant if still undecided; chair asked to convene at the next.</summary>
    public DateTimeOffset ReminderDue { get; init; }
    public DateTimeOffset ConveneDue { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionId { get; init; }

    public bool IsOpen => Status is EscalationStatus.Open or EscalationStatus.CommitteeReminded or EscalationStatus.CommitteeConvened;
}
