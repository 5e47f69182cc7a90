namespace Pmo.Domain.Validation;

public static partial class Validators
{
    public static ValidationErrors Validate(Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new ValidationErrors()
            .DocumentId(risk.Id, "id")
            .ProjectId(risk.ProjectId, "projectId")
            .Required(risk.Title, "title")
            .MaxLength(risk.Description, "description", FieldRules.LongText)
            .Range(risk.Probability, "probability", 1, 5)
            .Range(risk.Impact, "impact", 1, 5)
            .MaxLength(risk.Owner, "owner", 200)
            .MaxLength(risk.Mitigation, "mitigation", FieldRules.LongText)
            .Defined(risk.Status, "status")
            .Defined(risk.Trend, "trend");
    }

    public static ValidationErrors Validate(ProjectIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new ValidationErrors()
            .DocumentId(issue.Id, "id")
            .ProjectId(issue.ProjectId, "projectId")
            .Required(issue.Title, "title")
            .MaxLength(issue.Description, "description", FieldRules.LongText)
            .Defined(issue.Severity, "severity")
            .MaxLength(issue.Owner, "owner", 200)
            .Defined(issue.Status, "status")
            .When(issue.Due is { } due && issue.Raised != default && due < issue.Raised, "due", "must not be before the date raised.");
    }

    public static ValidationErrors Validate(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return new ValidationErrors()
            .DocumentId(escalation.Id, "id")
            .ProjectId(escalation.ProjectId, "projectId")
            .Defined(escalation.Reason, "reason")
            .Defined(escalation.Level, "level")
            .Defined(escalation.Status, "status")
            .Required(escalation.Summary, "summary", FieldRules.LongText)
            .MaxLength(escalation.Question, "question", FieldRules.LongText)
            .MaxLength(escalation.RaisedBy, "raisedBy", 200)
            .When(escalation.ReminderDue != default && escalation.ReminderDue < escalation.RaisedAt, "reminderDue", "must not be before raisedAt.")
            .When(escalation.ConveneDue != default && escalation.ConveneDue < escalation.ReminderDue, "conveneDue", "must not be before reminderDue.");
    }

    public static ValidationErrors Validate(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new ValidationErrors()
            .DocumentId(decision.Id, "id")
            .ProjectId(decision.ProjectId, "projectId")
            .Required(decision.Title, "title")
            .Defined(decision.Outcome, "outcome")
            .MaxLength(decision.Rationale, "rationale", FieldRules.LongText)
            .MaxLength(decision.DecidedBy, "decidedBy", 200)
            .MaxLength(decision.Forum, "forum", 200)
            .RequiredInstant(decision.DecidedAt, "decidedAt")
            .When(decision.EscalationId is not null && !Identifiers.IsValidDocumentId(decision.EscalationId),
                "escalationId", "must be the id of an escalation.");
    }
}
