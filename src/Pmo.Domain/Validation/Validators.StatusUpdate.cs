namespace Pmo.Domain.Validation;

public static partial class Validators
{
    /// <summary>
    /// A weekly update. With <paramref name="project"/>, it must belong to it and forecast only its milestones.
    /// </summary>
    public static ValidationErrors Validate(StatusUpdate update, Project? project = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        var errors = new ValidationErrors()
            .ProjectId(update.ProjectId, "projectId")
            .When(project is not null && update.ProjectId != project.Id, "projectId", "must be the id of the project updated.")
            .When(update.Week.Year == 0, "week", "is required.")
            .Defined(update.Overall, "overall")
            .Range(update.ProgressPercent, "progressPercent", 0, 100)
            .MaxLength(update.Accomplishments, "accomplishments", FieldRules.LongText)
            .MaxLength(update.NextSteps, "nextSteps", FieldRules.LongText)
            .MaxLength(update.Difficulties, "difficulties", FieldRules.LongText)
            .MaxLength(update.HelpNeeded, "helpNeeded", FieldRules.LongText)
            .MaxLength(update.NewTopics, "newTopics", FieldRules.LongText)
            .MaxLength(update.DecisionQuestion, "decisionQuestion", FieldRules.LongText)
            .When(update.NeedsDecision && string.IsNullOrWhiteSpace(update.DecisionQuestion),
                "decisionQuestion", "is required when a decision is needed.")
            .When(update.BudgetActualToDate < 0, "budgetActualToDate", "must not be negative.")
            .When(update.BudgetForecastAtCompletion < 0, "budgetForecastAtCompletion", "must not be negative.");

        if (!string.IsNullOrEmpty(update.SubmittedBy))
        {
            errors.Email(update.SubmittedBy, "submittedBy");
        }

        if (update.Dimensions is { } d)
        {
            errors.Defined(d.Schedule, "dimensions.schedule")
                .Defined(d.Budget, "dimensions.budget")
                .Defined(d.Scope, "dimensions.scope")
                .Defined(d.Resources, "dimensions.resources")
                .Defined(d.Risks, "dimensions.risks");
        }
        else
        {
            errors.Add("dimensions", "is required.");
        }

        ValidateMilestoneForecasts(update.MilestoneForecasts, project, errors);
        return errors;
    }

    private static void ValidateMilestoneForecasts(IReadOnlyList<MilestoneForecast>? forecasts, Project? project, ValidationErrors errors)
    {
        if (forecasts is null)
        {
            return;
        }

        var known = project?.Milestones.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < forecasts.Count; i++)
        {
            var field = FieldRules.Indexed("milestoneForecasts", i);
            if (forecasts[i] is not { } f)
            {
                errors.Add(field, "must not be null.");
                continue;
            }

            var named = !string.IsNullOrWhiteSpace(f.Name);
            errors.Required(f.Name, $"{field}.name")
                .When(named && known is not null && !known.Contains(f.Name), $"{field}.name", "is not a milestone of this project.")
                .When(named && !seen.Add(f.Name), $"{field}.name", "is forecast twice in this update.")
                .RequiredDate(f.Forecast, $"{field}.forecast");
        }
    }
}
