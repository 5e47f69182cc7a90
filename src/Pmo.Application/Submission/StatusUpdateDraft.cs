using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Application.Submission;

/// <summary>What a project manager fills in on the weekly update form; project, week and author come from the link.</summary>
public sealed record StatusUpdateDraft
{
    public required Rag Overall { get; init; }
    public DimensionRags Dimensions { get; init; } = new();
    public int ProgressPercent { get; init; }
    public string Accomplishments { get; init; } = "";
    public string NextSteps { get; init; } = "";
    public string Difficulties { get; init; } = "";
    public string HelpNeeded { get; init; } = "";
    public string NewTopics { get; init; } = "";
    public decimal? BudgetActualToDate { get; init; }
    public decimal? BudgetForecastAtCompletion { get; init; }
    public IReadOnlyList<MilestoneForecast> MilestoneForecasts { get; init; } = [];
    public bool NeedsDecision { get; init; }
    public string DecisionQuestion { get; init; } = "";

    /// <summary>The draft of last week's answers, to pre-fill the form.</summary>
    public static StatusUpdateDraft From(StatusUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new StatusUpdateDraft
        {
            Overall = update.Overall,
            Dimensions = update.Dimensions,
            ProgressPercent = update.ProgressPercent,
            Accomplishments = update.Accomplishments,
            NextSteps = update.NextSteps,
            Difficulties = update.Difficulties,
            HelpNeeded = update.HelpNeeded,
            NewTopics = update.NewTopics,
            BudgetActualToDate = update.BudgetActualToDate,
            BudgetForecastAtCompletion = update.BudgetForecastAtCompletion,
            MilestoneForecasts = update.MilestoneForecasts,
            NeedsDecision = false,
            DecisionQuestion = "",
        };
    }

    /// <summary>This week's answer as it was sent, to amend it (the decision request included).</summary>
    public static StatusUpdateDraft FromAnswer(StatusUpdate update) =>
        From(update) with { NeedsDecision = update.NeedsDecision, DecisionQuestion = update.DecisionQuestion };

    /// <summary>The update to store; its outbox marker (<see cref="StatusUpdate.EventDeliveredAt"/>) starts null.</summary>
    public StatusUpdate ToStatusUpdate(string projectId, IsoWeek week, string submittedBy, DateTimeOffset submittedAt) => new()
    {
        ProjectId = projectId,
        Week = week,
        Overall = Overall,
        Dimensions = Dimensions,
        ProgressPercent = ProgressPercent,
        Accomplishments = Accomplishments,
        NextSteps = NextSteps,
        Difficulties = Difficulties,
        HelpNeeded = HelpNeeded,
        NewTopics = NewTopics,
        BudgetActualToDate = BudgetActualToDate,
        BudgetForecastAtCompletion = BudgetForecastAtCompletion,
        MilestoneForecasts = MilestoneForecasts,
        NeedsDecision = NeedsDecision,
        DecisionQuestion = DecisionQuestion,
        SubmittedBy = submittedBy,
        SubmittedAt = submittedAt,
        EventDeliveredAt = null,
    };
}
