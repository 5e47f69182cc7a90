namespace Pmo.Application.Packs;

/// <summary>
/// Everything one monthly portfolio review pack is rendered from. The renderer is a pure function of this record:
/// it reads no clock, store or file, so the same input always gives the same pack.
/// </summary>
/// <remarks>
/// KPIs are computed by the caller with <see cref="KpiCalculator"/> (this month's as of the end of <see cref="Month"/>,
/// last month's kept from the previous pack or recomputed), so the pack shows exactly the figures the rest of the
/// system uses and the trend needs no history the store may no longer have.
/// </remarks>
public sealed record ReviewPackInput
{
    /// <summary>The month reviewed.</summary>
    public required YearMonth Month { get; init; }

    public required string OrganisationName { get; init; }

    /// <summary>Language of every heading, label and number/date format of the pack.</summary>
    public Language Language { get; init; } = Language.En;

    /// <summary>Printed on the cover and in the footer (UTC).</summary>
    public required DateTimeOffset GeneratedAtUtc { get; init; }

    /// <summary>The portfolio. Active projects (Approved, Execution, Closing) fill the RAG table; the XLSX lists all.</summary>
    public required IReadOnlyList<Project> Projects { get; init; }

    /// <summary>
    /// Weekly status updates: those of the month (an ISO week belongs to the month that holds its Thursday) and
    /// history before it (the last 52 weeks is plenty) for the trend arrows and the compliance trend.
    /// </summary>
    public IReadOnlyList<StatusUpdate> Updates { get; init; } = [];

    /// <summary>Weekly update requests over the same weeks as <see cref="Updates"/> (compliance by project and trend).</summary>
    public IReadOnlyList<UpdateRequest> Requests { get; init; } = [];

    /// <summary>Risks of the portfolio; closed ones are ignored.</summary>
    public IReadOnlyList<Risk> Risks { get; init; } = [];

    /// <summary>Issues of the portfolio; resolved and closed ones are ignored.</summary>
    public IReadOnlyList<ProjectIssue> Issues { get; init; } = [];

    /// <summary>Escalations; the open ones are the decisions needed from the board.</summary>
    public IReadOnlyList<Escalation> Escalations { get; init; } = [];

    /// <summary>Decision log entries; those decided during <see cref="Month"/> are listed as "decisions taken".</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>Weights of the prioritised ranking (the organisation's governance settings).</summary>
    public PriorityWeights PriorityWeights { get; init; } = new();

    /// <summary>This month's KPIs, from <see cref="KpiCalculator.Compute"/>.</summary>
    public required PortfolioKpis Kpis { get; init; }

    /// <summary>Last month's KPIs for the trend column; null on the first pack (no trend shown).</summary>
    public PortfolioKpis? PreviousKpis { get; init; }

    /// <summary>
    /// People's load over the coming months (<see cref="CapacityView.For"/>, usually by person or skill over the next 6
    /// months): adds the capacity heat map to the e-mail, the PDF and the XLSX. Null (the default) leaves it out.
    /// </summary>
    public CapacityView? Capacity { get; init; }

    /// <summary>Names printed for the heat map's groups, by group (person id → name when grouped by person).</summary>
    public IReadOnlyDictionary<string, string> CapacityGroupNames { get; init; } = new Dictionary<string, string>();

    /// <summary>How many exceptions the HTML e-mail lists before "N more in the PDF" (keeps it under 100 KB).</summary>
    public int MaxExceptionsInEmail { get; init; } = 25;
}
