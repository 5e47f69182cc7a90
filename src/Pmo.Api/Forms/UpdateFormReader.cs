namespace Pmo.Api.Forms;

/// <summary>Turns the posted update form into a draft; values that do not parse are reported per field, in the page's language.</summary>
public static class UpdateFormReader
{
    public static (StatusUpdateDraft? Draft, FieldErrors Errors) Read(IFormCollection form, Project project, IsoWeek week, FormTexts texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(texts);
        var errors = new FieldErrors();

        var overall = Rag(form, "overall", errors, texts, required: true);
        var dimensions = new DimensionRags(
            Rag(form, "dimensions.schedule", errors, texts) ?? Domain.Primitives.Rag.Green,
            Rag(form, "dimensions.budget", errors, texts) ?? Domain.Primitives.Rag.Green,
            Rag(form, "dimensions.scope", errors, texts) ?? Domain.Primitives.Rag.Green,
            Rag(form, "dimensions.resources", errors, texts) ?? Domain.Primitives.Rag.Green,
            Rag(form, "dimensions.risks", errors, texts) ?? Domain.Primitives.Rag.Green);

        var progressText = form["progressPercent"].ToString().Trim();
        var progress = 0;
        if (progressText.Length > 0 && !int.TryParse(progressText, NumberStyles.Integer, CultureInfo.InvariantCulture, out progress))
        {
            errors.Add("progressPercent", texts.NotANumber);
        }

        var milestones = new List<MilestoneForecast>();
        for (var i = 0; i < project.Milestones.Count; i++)
        {
            var text = form[$"milestone.{i}"].ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                milestones.Add(new MilestoneForecast(project.Milestones[i].Name, date));
            }
            else
            {
                errors.Add($"milestoneForecasts[{i}].forecast", texts.NotADate);
            }
        }

        var draft = new StatusUpdateDraft
        {
            Overall = overall ?? Domain.Primitives.Rag.Green,
            Dimensions = dimensions,
            ProgressPercent = progress,
            Accomplishments = Text(form, "accomplishments"),
            NextSteps = Text(form, "nextSteps"),
            Difficulties = Text(form, "difficulties"),
            HelpNeeded = Text(form, "helpNeeded"),
            NewTopics = Text(form, "newTopics"),
            BudgetActualToDate = Money(form, "budgetActualToDate", errors, texts),
            BudgetForecastAtCompletion = Money(form, "budgetForecastAtCompletion", errors, texts),
            MilestoneForecasts = milestones,
            NeedsDecision = form["needsDecision"].ToString() == "true",
            DecisionQuestion = Text(form, "decisionQuestion"),
        };

        if (errors.Any)
        {
            // Report the domain's rules on the other fields too, so one round trip shows every problem.
            var reported = errors.All.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            var update = draft.ToStatusUpdate(project.Id, week, project.Manager.Email, DateTimeOffset.UnixEpoch);
            errors.AddAll(Validators.Validate(update, project), language, reported);
        }

        return (draft, errors);
    }

    private static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    private static Rag? Rag(IFormCollection form, string name, FieldErrors errors, FormTexts texts, bool required = false)
    {
        var value = form[name].ToString();
        if (value.Length == 0)
        {
            if (required)
            {
                errors.Add(name, texts.ChooseOne);
            }

            return null;
        }

        if (Enum.TryParse<Rag>(value, ignoreCase: false, out var rag) && Enum.IsDefined(rag) && !char.IsDigit(value[0]))
        {
            return rag;
        }

        errors.Add(name, texts.ChooseOne);
        return null;
    }

    /// <summary>Accepts "12500", "12 500", "12500.50" and the French "12 500,50".</summary>
    private static decimal? Money(IFormCollection form, string name, FieldErrors errors, FormTexts texts)
    {
        var text = form[name].ToString();
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (FormNumbers.TryParseAmount(text, out var value))
        {
            return value;
        }

        errors.Add(name, texts.NotANumber);
        return null;
    }
}
