namespace Pmo.Domain.Validation;

/// <summary>
/// Validation of every input document; each invalid field is reported by its camelCase JSON path
/// ("budget.approved", "milestones[1].name") so the API can answer one problem+json naming them all.
/// </summary>
public static partial class Validators
{
    public static ValidationErrors Validate(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var errors = new ValidationErrors()
            .ProjectId(project.Id, "id")
            .Required(project.Name, "name")
            .MaxLength(project.Description, "description", FieldRules.LongText)
            .MaxLength(project.Portfolio, "portfolio", 200)
            .MaxLength(project.Programme, "programme", 200)
            .MaxLength(project.Department, "department", 200)
            .Contact(project.Sponsor, "sponsor")
            .Contact(project.Manager, "manager")
            .Defined(project.Phase, "phase")
            .RequiredDate(project.Start, "start")
            .RequiredDate(project.BaselineEnd, "baselineEnd")
            .When(project.BaselineEnd != default && project.BaselineEnd < project.Start, "baselineEnd", "must not be before start.")
            .When(project.ForecastEnd is { } f && f < project.Start, "forecastEnd", "must not be before start.");

        if (project.LatestRag is { } rag)
        {
            errors.Defined(rag, "latestRag");
        }

        ValidatePriority(project.Priority, errors);
        ValidateBudget(project.Budget, errors);
        ValidateMilestones(project.Milestones, errors);
        return errors;
    }

    private static void ValidatePriority(PriorityCriteria? priority, ValidationErrors errors)
    {
        if (priority is null)
        {
            errors.Add("priority", "is required.");
            return;
        }

        errors.Range(priority.StrategicAlignment, "priority.strategicAlignment", 1, 5)
            .Range(priority.BusinessValue, "priority.businessValue", 1, 5)
            .Range(priority.Urgency, "priority.urgency", 1, 5)
            .Range(priority.RiskReduction, "priority.riskReduction", 1, 5)
            .Range(priority.Feasibility, "priority.feasibility", 1, 5);
    }

    private static void ValidateBudget(Budget? budget, ValidationErrors errors)
    {
        if (budget is null)
        {
            errors.Add("budget", "is required.");
            return;
        }

        errors.NotNegative(budget.Approved, "budget.approved")
            .NotNegative(budget.ActualToDate, "budget.actualToDate")
            .NotNegative(budget.ForecastAtCompletion, "budget.forecastAtCompletion")
            .When(budget.Currency is null || budget.Currency.Length != 3 || !budget.Currency.All(char.IsAsciiLetterUpper),
                "budget.currency", "must be a three-letter ISO 4217 code such as EUR.");
    }

    private static void ValidateMilestones(IReadOnlyList<Milestone>? milestones, ValidationErrors errors)
    {
        if (milestones is null)
        {
            return;
        }

        errors.When(milestones.Count > 100, "milestones", "must hold at most 100 milestones.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < milestones.Count; i++)
        {
            var field = FieldRules.Indexed("milestones", i);
            if (milestones[i] is not { } m)
            {
                errors.Add(field, "must not be null.");
                continue;
            }

            errors.Required(m.Name, $"{field}.name")
                .When(!string.IsNullOrWhiteSpace(m.Name) && !seen.Add(m.Name.Trim()), $"{field}.name", "must be unique within the project.")
                .RequiredDate(m.Baseline, $"{field}.baseline");
        }
    }
}
