using Pmo.Domain.Primitives;

namespace Pmo.Domain.Portfolio;

/// <summary>RAG per dimension of a weekly update.</summary>
public sealed record DimensionRags(
    Rag Schedule = Rag.Green,
    Rag Budget = Rag.Green,
    Rag Scope = Rag.Green,
    Rag Resources = Rag.Green,
    Rag Risks = Rag.Green)
{
    public Rag Worst => new[] { Schedule, Budget, Scope, Resources, Risks }.Max();
}

/// <summary>The PM's new forecast for one of the project's milestones.</summary>
public sealed record MilestoneForecast(string Name, DateOnly Forecast);

/// <summary>A project manager's weekly status update for one ISO week: the input of the weekly operational update.</summary>
public sealed record StatusUpdate : IAggregate
{
    public static string IdFor(string projectId, IsoWeek week) => $"{projectId}-{week}";

    public string Id => IdFor(ProjectId, Week);
    public required string ProjectId { get; init; }
    public required IsoWeek Week { get; init; }
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

    /// <summary>Who submitted it (e-mail) and when (UTC).</summary>
    public string SubmittedBy { get; init; } = "";
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>
    /// Set when the answer was changed through its link before the deadline (who and when, UTC); the first answer's
    /// <see cref="SubmittedBy"/> and <see cref="SubmittedAt"/> are kept, so "before any reminder" / "after a reminder" stays what the chase recorded.
    /// </summary>
    public string? AmendedBy { get; init; }
    public DateTimeOffset? AmendedAt { get; init; }

    /// <summary>
    /// Transactional outbox: set when the "update submitted" event has reached the chase orchestration.
    /// Null means a relay still has to deliver it (survives a crash between the write and the event).
    /// </summary>
    public DateTimeOffset? EventDeliveredAt { get; init; }
}
