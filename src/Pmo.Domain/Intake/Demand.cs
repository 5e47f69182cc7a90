namespace Pmo.Domain.Intake;

/// <summary>Where a demand (a request for a new project) stands, from the requester's draft to the committee's outcome.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DemandStatus>))]
public enum DemandStatus
{
    Draft,
    Submitted,
    Returned,
    Qualified,
    InArbitration,
    Go,
    NoGo,
    Deferred,
    Withdrawn,
}

/// <summary>An amount in one currency (ISO 4217 code, as <see cref="Budget.Currency"/>).</summary>
public sealed record Money(decimal Amount, string Currency = "EUR");

/// <summary>A document the requester links to (business case slides, a quote…): https only, never uploaded here.</summary>
public sealed record DemandAttachment(string Title, string Url);

/// <summary>One move of the demand's life, kept in its history: who, when, why.</summary>
public sealed record DemandStatusChange(
    DemandStatus From,
    DemandStatus To,
    DemandActor Actor,
    string ActorName,
    DateTimeOffset At,
    string Comment = "");

/// <summary>
/// A request for a new project, qualified by the PMO and put to the arbitration committee. Scores use the same
/// five criteria (and the same 1–5 scale) as <see cref="Project.Priority"/>, so the weights of the governance settings
/// rank demands and projects alike. The requester's language is the one of <see cref="Requester"/>.
/// </summary>
public sealed record Demand : IAggregate
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Contact Sponsor { get; init; }
    public string Department { get; init; } = "";
    public string BusinessCase { get; init; } = "";
    public string ExpectedBenefits { get; init; } = "";
    public required Money EstimatedBudget { get; init; }
    public int EstimatedDurationMonths { get; init; }
    public PriorityCriteria Scores { get; init; } = new();
    public IReadOnlyList<DemandAttachment> Attachments { get; init; } = [];

    /// <summary>The people the project would need, by role and month (optional): the arbitration pack sets it against free capacity.</summary>
    public IReadOnlyList<DemandStaffing> Staffing { get; init; } = [];

    /// <summary>Who filed it (through the API or the intake link) and is e-mailed when it is returned or decided.</summary>
    public required Contact Requester { get; init; }
    public DemandStatus Status { get; init; } = DemandStatus.Draft;
    public IReadOnlyList<DemandStatusChange> History { get; init; } = [];

    /// <summary>The first submission: the ranking's tie-break (earlier first). Amendments do not move it.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The PMO's comment when it last returned the demand; cleared when the requester resubmits.</summary>
    public string? ReturnedComment { get; init; }

    /// <summary>The project created in <see cref="ProjectPhase.Approved"/> after a GO.</summary>
    public string? ProjectId { get; init; }
}
