using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Domain.Tests;

/// <summary>Valid sample documents; tests change only the fields they are about.</summary>
internal static class Samples
{
    public static Project Project(string id = "CRM-2026") => new()
    {
        Id = id,
        Name = "New CRM",
        Sponsor = new Contact("Claire Sponsor", "claire@example.org"),
        Manager = new Contact("Paul Manager", "paul@example.org"),
        Budget = new Budget(1_000_000m, 400_000m, 1_000_000m),
        Start = new DateOnly(2026, 1, 1),
        BaselineEnd = new DateOnly(2026, 12, 31),
        Milestones = [new Milestone("Design", new DateOnly(2026, 3, 31)), new Milestone("Go-live", new DateOnly(2026, 11, 30))],
    };

    public static StatusUpdate Update(string projectId, string week, Rag overall = Rag.Green, int progress = 50) => new()
    {
        ProjectId = projectId,
        Week = IsoWeek.Parse(week),
        Overall = overall,
        ProgressPercent = progress,
    };

    public static UpdateRequest Request(
        string projectId, string week, UpdateRequestStatus status, DateTimeOffset? remindedAt = null, DateTimeOffset? submittedAt = null) => new()
    {
        ProjectId = projectId,
        Week = IsoWeek.Parse(week),
        Status = status,
        RemindedAt = remindedAt,
        SubmittedAt = submittedAt,
    };

    public static Risk Risk(string projectId, int probability, int impact, RiskStatus status = RiskStatus.Open) => new()
    {
        Id = $"R-{projectId}-{probability}{impact}",
        ProjectId = projectId,
        Title = "Supplier may be late",
        Probability = probability,
        Impact = impact,
        Status = status,
    };

    public static ProjectIssue Issue(string projectId, IssueSeverity severity, IssueStatus status = IssueStatus.Open) => new()
    {
        Id = $"I-{projectId}-{severity}",
        ProjectId = projectId,
        Title = "Test environment down",
        Severity = severity,
        Status = status,
    };

    public static Escalation Escalation(string projectId, EscalationReason reason, DateTimeOffset raisedAt,
        EscalationStatus status = EscalationStatus.Open) => new()
    {
        Id = $"E-{projectId}-{reason}",
        ProjectId = projectId,
        Reason = reason,
        Summary = "Escalated",
        RaisedAt = raisedAt,
        Status = status,
    };

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
