namespace Pmo.Domain.Rules;

/// <summary>Everything the portfolio KPIs are computed from, as of one instant.</summary>
public sealed record KpiInput(
    IReadOnlyList<Project> Projects,
    IReadOnlyList<StatusUpdate> Updates,
    IReadOnlyList<UpdateRequest> Requests,
    IReadOnlyList<Risk> OpenRisks,
    IReadOnlyList<ProjectIssue> OpenIssues,
    IReadOnlyList<Escalation> OpenEscalations,
    DateTimeOffset AsOfUtc);

/// <summary>
/// The portfolio KPIs of the review pack and the dashboard. Shares are fractions 0..1; all over active projects.
/// The weekly updates, as the PMO counts them: <paramref name="UpdatesOnTime"/> answered before the deadline the PM was
/// given (every answer the form accepts, so <paramref name="UpdatesSubmitted"/> is the same count), of which <paramref name="UpdatesAfterReminder"/> only after a reminder (so
/// <c>UpdatesOnTime - UpdatesAfterReminder</c> came before any reminder); <paramref name="UpdatesMissed"/> had no answer
/// by the deadline; the rest of <paramref name="UpdatesRequested"/> is still awaited. <paramref name="UpdateCompliance"/>
/// is the share answered on time, null while nothing was requested (there is nothing to comply with yet: not 100 %).
/// </summary>
public sealed record PortfolioKpis(
    int ActiveProjects,
    int Green,
    int Amber,
    int Red,
    int NoStatus,
    decimal OnTrackShare,
    int UpdatesRequested,
    int UpdatesSubmitted,
    int UpdatesOnTime,
    int UpdatesAfterReminder,
    int UpdatesMissed,
    decimal? UpdateCompliance,
    decimal BudgetApproved,
    decimal BudgetActualToDate,
    decimal BudgetForecastAtCompletion,
    decimal BudgetVariance,
    decimal BudgetVarianceRatio,
    decimal? CostPerformanceIndex,
    decimal? SchedulePerformanceIndex,
    double AverageSlipDays,
    int MaxSlipDays,
    int RiskExposure,
    int HighRisks,
    IReadOnlyDictionary<IssueSeverity, int> OpenIssuesBySeverity,
    int OpenEscalations,
    double AverageEscalationAgeDays,
    double OldestEscalationAgeDays);
