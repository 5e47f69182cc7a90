namespace Pmo.Reports.Model;

/// <summary>A review month's compliance: requests sent that week and how many were answered.</summary>
internal sealed record WeekCompliance(IsoWeek Week, int Requested, int Submitted)
{
    public decimal Share => Requested == 0 ? 0m : (decimal)Submitted / Requested;
}

/// <summary>Budget totals of one portfolio's active projects.</summary>
internal sealed record PortfolioBudget(string Portfolio, int Projects, decimal Approved, decimal ActualToDate, decimal Forecast)
{
    public decimal Variance => Forecast - Approved;
    public decimal VarianceRatio => Approved == 0 ? 0 : Variance / Approved;
}

/// <summary>An update of the month that asks the board for a decision.</summary>
internal sealed record DecisionRequest(ProjectRow Row, StatusUpdate Update);

/// <summary>
/// The pack's content computed once from the input (indexes, rows, aggregates) and shared by the HTML, PDF, XLSX and
/// chart writers, so every output shows the same figures and the input is walked only once.
/// </summary>
internal sealed class PackModel
{
    public required ReviewPackInput Input { get; init; }
    public required PackText Text { get; init; }
    public required PackFormat Format { get; init; }
    public required IsoWeek FirstWeek { get; init; }
    public required IsoWeek LastWeek { get; init; }

    /// <summary>Active projects by code, the order of the RAG table.</summary>
    public required IReadOnlyList<ProjectRow> Rows { get; init; }

    /// <summary>Active projects by rank (1 first).</summary>
    public required IReadOnlyList<ProjectRow> Ranked { get; init; }
    public required IReadOnlyDictionary<string, Project> ProjectsById { get; init; }
    public required IReadOnlyDictionary<string, ProjectRow> RowsById { get; init; }

    /// <summary>Red first, then amber; within each, the largest budget overrun first.</summary>
    public required IReadOnlyList<ProjectRow> Exceptions { get; init; }
    public required int[,] HeatMap { get; init; }
    public required IReadOnlyList<Risk> OpenRisksByScore { get; init; }
    public required IReadOnlyList<ProjectIssue> OpenIssues { get; init; }
    public required IReadOnlyList<Escalation> OpenEscalations { get; init; }
    public required IReadOnlyList<DecisionRequest> DecisionRequests { get; init; }
    public required IReadOnlyList<Decision> DecisionsTaken { get; init; }

    /// <summary>Projects with a missed or late update in the month, least compliant first.</summary>
    public required IReadOnlyList<ProjectRow> NonCompliant { get; init; }
    public required IReadOnlyList<WeekCompliance> ComplianceTrend { get; init; }
    public required IReadOnlyList<PortfolioBudget> Budgets { get; init; }

    /// <summary>Updates whose ISO week belongs to the month (the XLSX Updates register).</summary>
    public required IReadOnlyList<StatusUpdate> MonthUpdates { get; init; }

    /// <summary>The capacity heat map's grid; null when the input has no capacity view (no heat map section).</summary>
    public CapacityGrid? Capacity { get; init; }

    /// <summary>
    /// The currency of the portfolio's money figures (the sums of the executive summary and the budget section): the
    /// ISO code its active projects share ("EUR"), all of them ("EUR + USD") when they differ, null without active projects.
    /// </summary>
    public required string? Currency { get; init; }

    /// <summary>A portfolio amount with its currency: "2,810,000 EUR" / "2 810 000 EUR".</summary>
    public string Money(decimal value) => Format.Money(value, Currency);

    /// <summary>A column header or title over portfolio amounts: "Approved (EUR)".</summary>
    public string WithCurrency(string label) => Currency is null ? label : $"{label} ({Currency})";

    public string ProjectName(string projectId) =>
        ProjectsById.TryGetValue(projectId, out var p) ? p.Name : projectId;
}
