namespace Pmo.Domain.Rules;

/// <summary>
/// Computes the portfolio KPIs of the review pack. Every figure is over ACTIVE projects only, so that
/// ideas, closed and on-hold projects neither dilute nor inflate the picture. Inputs outside the active
/// set (or no longer open) are ignored, so callers may pass wider lists.
/// </summary>
public static class KpiCalculator
{
    /// <summary>Open risks scoring at least this (probability × impact out of 25) count as high.</summary>
    public const int HighRiskScore = 15;

    public static PortfolioKpis Compute(KpiInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var active = input.Projects.Where(p => p.IsActive).ToList();
        var ids = active.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var latest = LatestUpdates(input, ids);

        var rags = active.Select(p => latest.TryGetValue(p.Id, out var u) ? u.Overall : p.LatestRag).ToList();
        var green = rags.Count(r => r == Rag.Green);

        var requests = input.Requests.Where(r => ids.Contains(r.ProjectId)).ToList();
        var onTime = requests.Count(r => r.AnsweredOnTime);

        var approved = active.Sum(p => p.Budget.Approved);
        var forecast = active.Sum(p => p.Budget.ForecastAtCompletion);
        var (cpi, spi) = EarnedValue.Indices(active, latest, DateOnly.FromDateTime(input.AsOfUtc.UtcDateTime));

        var slips = active.Select(p => Math.Max(0, p.WorstSlipDays)).ToList();
        var risks = input.OpenRisks.Where(r => r.IsOpen && ids.Contains(r.ProjectId)).ToList();
        var issues = input.OpenIssues.Where(i => i.IsOpen && ids.Contains(i.ProjectId)).ToList();
        var escalationAges = input.OpenEscalations
            .Where(e => e.IsOpen && ids.Contains(e.ProjectId))
            .Select(e => Math.Max(0, (input.AsOfUtc - e.RaisedAt).TotalDays))
            .ToList();

        return new PortfolioKpis(
            ActiveProjects: active.Count,
            Green: green,
            Amber: rags.Count(r => r == Rag.Amber),
            Red: rags.Count(r => r == Rag.Red),
            NoStatus: rags.Count(r => r is null),
            OnTrackShare: Share(green, active.Count, whenEmpty: 0m),
            UpdatesRequested: requests.Count,
            UpdatesSubmitted: onTime,
            UpdatesOnTime: onTime,
            UpdatesAfterReminder: requests.Count(r => r.AnsweredAfterReminder),
            UpdatesMissed: requests.Count(r => r.Status == UpdateRequestStatus.Missed),
            UpdateCompliance: requests.Count == 0 ? null : Round((decimal)onTime / requests.Count),
            BudgetApproved: approved,
            BudgetActualToDate: active.Sum(p => p.Budget.ActualToDate),
            BudgetForecastAtCompletion: forecast,
            BudgetVariance: forecast - approved,
            BudgetVarianceRatio: approved == 0 ? 0 : Round((forecast - approved) / approved),
            CostPerformanceIndex: cpi,
            SchedulePerformanceIndex: spi,
            AverageSlipDays: slips.Count == 0 ? 0 : slips.Average(),
            MaxSlipDays: slips.DefaultIfEmpty(0).Max(),
            RiskExposure: risks.Sum(r => r.Score),
            HighRisks: risks.Count(r => r.Score >= HighRiskScore),
            OpenIssuesBySeverity: Enum.GetValues<IssueSeverity>().ToDictionary(s => s, s => issues.Count(i => i.Severity == s)),
            OpenEscalations: escalationAges.Count,
            AverageEscalationAgeDays: escalationAges.Count == 0 ? 0 : escalationAges.Average(),
            OldestEscalationAgeDays: escalationAges.DefaultIfEmpty(0).Max());
    }

    /// <summary>Fractions and indices are rounded to 4 places: enough for "66.67 %", stable in JSON and tests.</summary>
    internal static decimal Round(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static decimal Share(int part, int whole, decimal whenEmpty) => whole == 0 ? whenEmpty : Round((decimal)part / whole);

    /// <summary>Each active project's newest update submitted by the as-of instant.</summary>
    private static Dictionary<string, StatusUpdate> LatestUpdates(KpiInput input, HashSet<string> ids) =>
        input.Updates
            .Where(u => ids.Contains(u.ProjectId) && u.SubmittedAt <= input.AsOfUtc)
            .GroupBy(u => u.ProjectId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(u => u.Week)!, StringComparer.Ordinal);
}
