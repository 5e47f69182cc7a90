namespace Pmo.Domain.Portfolio;

/// <summary>Where a project stands in its life cycle, from idea to closure.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectPhase>))]
public enum ProjectPhase
{
    Idea,
    Qualification,
    Approved,
    Execution,
    Closing,
    Closed,
    OnHold,
    Cancelled,
}

public static class ProjectPhases
{
    /// <summary>Phases in which a project is chased for a weekly update and appears in the review pack.</summary>
    public static bool IsActive(this ProjectPhase phase) =>
        phase is ProjectPhase.Approved or ProjectPhase.Execution or ProjectPhase.Closing;

    public static bool IsFinished(this ProjectPhase phase) => phase is ProjectPhase.Closed or ProjectPhase.Cancelled;
}

/// <summary>Budget in one currency: approved envelope, actual spent to date, forecast at completion (EAC).</summary>
public sealed record Budget(decimal Approved, decimal ActualToDate, decimal ForecastAtCompletion, string Currency = "EUR")
{
    public decimal Variance => ForecastAtCompletion - Approved;

    /// <summary>Forecast overrun as a fraction of the approved budget (0.12 = 12 % over); 0 when nothing is approved.</summary>
    public decimal VarianceRatio => Approved == 0 ? 0 : Variance / Approved;
}

/// <summary>A milestone with its baseline, current forecast and (once reached) actual date.</summary>
public sealed record Milestone(string Name, DateOnly Baseline, DateOnly? Forecast = null, DateOnly? Actual = null)
{
    public DateOnly Expected => Actual ?? Forecast ?? Baseline;

    /// <summary>Days late against the baseline (negative when early).</summary>
    public int SlipDays => Expected.DayNumber - Baseline.DayNumber;
}

/// <summary>Scores 1–5 on each prioritisation criterion; weights live in the governance settings.</summary>
public sealed record PriorityCriteria(
    int StrategicAlignment = 3,
    int BusinessValue = 3,
    int Urgency = 3,
    int RiskReduction = 3,
    int Feasibility = 3);

/// <summary>A project of the portfolio. Its code is its id: stable, short and safe in URLs and instance ids.</summary>
public sealed record Project : IAggregate
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string Portfolio { get; init; } = "";
    public string Programme { get; init; } = "";
    public string Department { get; init; } = "";
    public required Contact Sponsor { get; init; }
    public required Contact Manager { get; init; }
    public ProjectPhase Phase { get; init; } = ProjectPhase.Execution;
    public PriorityCriteria Priority { get; init; } = new();
    public required Budget Budget { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly BaselineEnd { get; init; }
    public DateOnly? ForecastEnd { get; init; }
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    /// <summary>Overall RAG of the latest submitted weekly update (null until the first one).</summary>
    public Rag? LatestRag { get; init; }
    public IsoWeek? LatestUpdateWeek { get; init; }

    public bool IsActive => Phase.IsActive();

    /// <summary>Days the forecast end is later than the baseline end (0 without a forecast).</summary>
    public int EndSlipDays => ForecastEnd is { } f ? f.DayNumber - BaselineEnd.DayNumber : 0;

    /// <summary>The worst slip among the project's milestones and its end date.</summary>
    public int WorstSlipDays => Milestones.Select(m => m.SlipDays).Append(EndSlipDays).Max();
}
