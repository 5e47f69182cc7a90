using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract;

/// <summary>Small valid documents for the contract tests; vary them with <c>with</c>.</summary>
public static class Samples
{
    /// <summary>A Monday noon in Paris (UTC+1): offsets other than zero must survive a round trip.</summary>
    public static readonly DateTimeOffset Instant = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(1));

    public static readonly IsoWeek Week = new(2026, 48);

    public static Project Project(string id, string? name = null) => new()
    {
        Id = id,
        Name = name ?? $"Project {id}",
        Portfolio = "Digital",
        Sponsor = new Contact("Sponsor", "sponsor@example.org"),
        Manager = new Contact("Manager", "pm@example.org"),
        Phase = ProjectPhase.Execution,
        Budget = new Budget(100_000m, 25_000m, 98_000m),
        Start = new DateOnly(2026, 1, 5),
        BaselineEnd = new DateOnly(2026, 12, 18),
    };

    public static StatusUpdate StatusUpdate(string projectId, IsoWeek week) => new()
    {
        ProjectId = projectId,
        Week = week,
        Overall = Rag.Green,
        ProgressPercent = 40,
        Accomplishments = "Done",
        SubmittedBy = "pm@example.org",
        SubmittedAt = Instant,
    };

    public static UpdateRequest UpdateRequest(string projectId, IsoWeek week) => new()
    {
        ProjectId = projectId,
        Week = week,
        SentAt = Instant,
        Deadline = Instant.AddDays(4),
    };

    public static Risk Risk(string id, string projectId = "P-001") => new()
    {
        Id = id,
        ProjectId = projectId,
        Title = $"Risk {id}",
        Raised = new DateOnly(2026, 11, 2),
    };

    public static ProjectIssue Issue(string id, string projectId = "P-001") => new()
    {
        Id = id,
        ProjectId = projectId,
        Title = $"Issue {id}",
        Raised = new DateOnly(2026, 11, 2),
    };

    public static Decision Decision(string id, string projectId = "P-001", DateTimeOffset? decidedAt = null) => new()
    {
        Id = id,
        ProjectId = projectId,
        Title = $"Decision {id}",
        Outcome = DecisionOutcome.Approve,
        DecidedAt = decidedAt ?? Instant,
    };

    public static Escalation Escalation(string id, string projectId = "P-001", EscalationStatus status = EscalationStatus.Open) => new()
    {
        Id = id,
        ProjectId = projectId,
        Reason = EscalationReason.Manual,
        Status = status,
        Summary = $"Escalation {id}",
        RaisedAt = Instant,
        ReminderDue = Instant.AddDays(3),
        ConveneDue = Instant.AddDays(7),
    };

    public static ReviewPack ReviewPack(YearMonth month) => new()
    {
        Month = month,
        AssembledAt = Instant,
        ProjectCount = 12,
    };

    public static GovernanceSettings Settings(string organisation = "PMO") => new() { OrganisationName = organisation };
}
