using Pmo.Domain.Portfolio;

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

/// <summary>The portfolio KPIs of the review pack and the dashboard. Shares are fractions 0..1; all over active projects.</summary>
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
    int UpdatesMissed,
    decimal UpdateCompliance,
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
