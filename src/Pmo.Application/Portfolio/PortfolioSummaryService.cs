namespace Pmo.Application.Portfolio;

/// <summary>
/// The portfolio as of one week: KPIs, the RAG of every active project, and that week's update requests; with the
/// organisation's time zone, in which pages write instants.
/// </summary>
public sealed record PortfolioSummary(
    IsoWeek Week,
    PortfolioKpis Kpis,
    IReadOnlyList<Project> ActiveProjects,
    IReadOnlyList<UpdateRequest> Requests,
    IReadOnlyList<Escalation> OpenEscalations,
    IReadOnlyList<ReviewPack> LatestPacks,
    TimeZoneInfo TimeZone);

/// <summary>Portfolio-wide reads: summary and KPIs (also the dashboard's data) and the prioritised portfolio.</summary>
public sealed class PortfolioSummaryService(IPortfolioStore store, TimeProvider clock)
{
    private static readonly EscalationStatus[] OpenStatuses =
        [EscalationStatus.Open, EscalationStatus.CommitteeReminded, EscalationStatus.CommitteeConvened];

    /// <summary>The summary of <paramref name="week"/>, or of the current week in the organisation's time zone.</summary>
    public async Task<PortfolioSummary> SummaryAsync(IsoWeek? week = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        var calendar = new GovernanceCalendar(settings);
        var asOf = week ?? calendar.WeekAt(now);

        var projects = await store.Projects.ListActiveAsync(cancellationToken);
        var updates = await store.StatusUpdates.ListByWeekAsync(asOf, cancellationToken);
        var requests = await store.UpdateRequests.ListByWeekAsync(asOf, cancellationToken);
        var risks = await store.Risks.ListOpenAsync(cancellationToken);
        var issues = await store.Issues.ListOpenAsync(cancellationToken);
        var escalations = await store.Escalations.ListByStatusAsync(OpenStatuses, cancellationToken);
        var packs = await store.ReviewPacks.ListRecentAsync(3, cancellationToken);

        var kpis = KpiCalculator.Compute(new KpiInput(projects, updates, requests, risks, issues, escalations, now));
        return new PortfolioSummary(asOf, kpis, projects, requests, escalations, packs, calendar.TimeZone);
    }

    /// <summary>The organisation's time zone (settings), in which pages write instants.</summary>
    public async Task<TimeZoneInfo> TimeZoneAsync(CancellationToken cancellationToken = default) =>
        new GovernanceCalendar(await store.Settings.GetOrDefaultAsync(cancellationToken)).TimeZone;

    /// <summary>Active projects ranked by the weighted prioritisation criteria of the settings.</summary>
    public async Task<IReadOnlyList<RankedProject>> PrioritisedAsync(CancellationToken cancellationToken = default)
    {
        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        var projects = await store.Projects.ListActiveAsync(cancellationToken);
        return Prioritisation.Rank(projects, settings.PriorityWeights);
    }
}
