using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Validation;

public class RecordValidationTests
{
    [Fact]
    public void Sample_risk_is_valid()
    {
        Assert.True(Validators.Validate(Risk("CRM-2026", 3, 4)).IsValid);
    }

    [Fact]
    public void Every_invalid_risk_field_is_reported()
    {
        var risk = Risk("CRM-2026", 0, 6) with { Id = "", ProjectId = "x", Title = "", Status = (RiskStatus)9, Trend = (Trend)9 };

        Assert.Equal(
            ["id", "impact", "probability", "projectId", "status", "title", "trend"],
            Validators.Validate(risk).Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sample_issue_is_valid()
    {
        Assert.True(Validators.Validate(Issue("CRM-2026", IssueSeverity.High)).IsValid);
    }

    [Fact]
    public void Every_invalid_issue_field_is_reported()
    {
        var issue = Issue("CRM-2026", (IssueSeverity)9) with
        {
            Id = "bad id",
            Title = "",
            Status = (IssueStatus)9,
            Raised = new DateOnly(2026, 11, 20),
            Due = new DateOnly(2026, 11, 1),
        };

        Assert.Equal(["due", "id", "severity", "status", "title"], Validators.Validate(issue).Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sample_escalation_is_valid()
    {
        Assert.True(Validators.Validate(Escalation("CRM-2026", EscalationReason.Manual, Utc(2026, 11, 25))).IsValid);
    }

    [Fact]
    public void Every_invalid_escalation_field_is_reported()
    {
        var raised = Utc(2026, 11, 25);
        var escalation = Escalation("", (EscalationReason)99, raised) with
        {
            Level = (EscalationLevel)9,
            Status = (EscalationStatus)9,
            Summary = "",
            ReminderDue = raised.AddDays(-1),
            ConveneDue = raised.AddDays(-2),
        };

        Assert.Equal(
            ["conveneDue", "level", "projectId", "reason", "reminderDue", "status", "summary"],
            Validators.Validate(escalation).Fields.Order(StringComparer.Ordinal));
    }

    private static Decision Decision() => new()
    {
        Id = "D-1",
        ProjectId = "CRM-2026",
        Title = "Raise the budget",
        DecidedAt = Utc(2026, 11, 25),
        EscalationId = "E-1",
    };

    [Fact]
    public void Sample_decision_is_valid()
    {
        Assert.True(Validators.Validate(Decision()).IsValid);
    }

    [Fact]
    public void Every_invalid_decision_field_is_reported()
    {
        var decision = Decision() with
        {
            Title = "",
            Outcome = (DecisionOutcome)9,
            DecidedAt = default,
            EscalationId = "not/an id",
            Rationale = new string('r', 4001),
        };

        Assert.Equal(
            ["decidedAt", "escalationId", "outcome", "rationale", "title"],
            Validators.Validate(decision).Fields.Order(StringComparer.Ordinal));
    }
}
