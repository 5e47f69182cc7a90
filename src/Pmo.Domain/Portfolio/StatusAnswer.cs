namespace Pmo.Domain.Portfolio;

/// <summary>
/// What a project manager answers in a weekly update: the part of <see cref="StatusUpdate"/> the form edits, shared by
/// the stored update and the form's draft (Pmo.Application's StatusUpdateDraft), so the field list exists once.
/// </summary>
/// <remarks>
/// The JSON order of a <see cref="StatusUpdate"/> (identity, then these fields, then who and when) is fixed by
/// <see cref="JsonPropertyOrderAttribute"/> on its own members: System.Text.Json would otherwise write a derived
/// record's members before its base's.
/// </remarks>
public abstract record StatusAnswer
{
    protected StatusAnswer()
    {
    }

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
}
