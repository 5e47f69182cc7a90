using Pmo.Application.Capacity;

namespace Pmo.Application.Packs;

/// <summary>Reads everything one month's pack is rendered from, with this and last month's KPIs.</summary>
public sealed class ReviewPackSnapshot(IPortfolioStore store, TimeProvider time)
{
    private const int HistoryWeeks = 52;

    public async Task<ReviewPackInput> LoadAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        var lastWeek = IsoWeek.Containing(month.LastDay);
        var firstWeek = lastWeek.AddWeeks(-HistoryWeeks);
        var projects = await store.Projects.ListAllAsync(cancellationToken);
        var updates = await store.StatusUpdates.ListByWeeksAsync(firstWeek, lastWeek, cancellationToken);
        var requests = new List<UpdateRequest>();
        for (var week = firstWeek; week <= lastWeek; week = week.Next())
        {
            requests.AddRange(await store.UpdateRequests.ListByWeekAsync(week, cancellationToken));
        }

        var risks = await store.Risks.ListOpenAsync(cancellationToken);
        var issues = await store.Issues.ListOpenAsync(cancellationToken);
        var escalations = await store.Escalations.ListByStatusAsync(Enum.GetValues<EscalationStatus>(), cancellationToken);
        var decisions = await store.Decisions.ListDecidedBetweenAsync(Start(month.Previous()), Start(month.Next()), cancellationToken);

        PortfolioKpis Kpis(YearMonth m) => KpiCalculator.Compute(new KpiInput(
            projects,
            [.. updates.Where(u => InMonth(u.Week, m))],
            [.. requests.Where(r => InMonth(r.Week, m))],
            risks,
            issues,
            [.. escalations.Where(e => e.IsOpen)],
            Start(m.Next())));

        // The heat map looks ahead from the month reviewed; absent when no person is held (the pack stays as it was).
        var capacity = await new CapacityService(store).GetOutlookAsync(month, cancellationToken);
        return new ReviewPackInput
        {
            Month = month,
            OrganisationName = settings.OrganisationName,
            Language = settings.DefaultLanguage,
            GeneratedAtUtc = time.GetUtcNow(),
            Projects = projects,
            Updates = updates,
            Requests = requests,
            Risks = risks,
            Issues = issues,
            Escalations = escalations,
            Decisions = decisions,
            PriorityWeights = settings.PriorityWeights,
            Kpis = Kpis(month),
            PreviousKpis = Kpis(month.Previous()),
            Capacity = capacity?.View,
            CapacityGroupNames = capacity?.GroupNames ?? new Dictionary<string, string>(),
        };
    }

    /// <summary>An ISO week belongs to the month that holds its Thursday.</summary>
    internal static bool InMonth(IsoWeek week, YearMonth month) => month.Contains(week.Day(DayOfWeek.Thursday));

    private static DateTimeOffset Start(YearMonth month) => new(month.FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
