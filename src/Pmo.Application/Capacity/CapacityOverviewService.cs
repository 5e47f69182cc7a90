namespace Pmo.Application.Capacity;

/// <summary>What the PMO dashboard's capacity page shows: the six months ahead by department, and the demands by status.</summary>
public sealed record CapacityOverview(CapacityView ByDepartment, IReadOnlyDictionary<DemandStatus, int> DemandsByStatus);

/// <summary>
/// Reads the capacity overview from the current month on the organisation's wall clock (in Paris, 23:30 UTC on
/// 31 March is already April). Every demand status is present, with 0 when none is in it.
/// </summary>
public sealed class CapacityOverviewService(IPortfolioStore store, TimeProvider clock)
{
    public async Task<CapacityOverview> GetAsync(CancellationToken cancellationToken = default)
    {
        var zone = new GovernanceCalendar(await store.Settings.GetOrDefaultAsync(cancellationToken)).TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var months = CapacityService.OutlookMonthsFrom(YearMonth.Of(today));
        var people = await store.People.ListAllAsync(cancellationToken);
        var allocations = await store.Allocations.ListAsync(new AllocationQuery { From = months[0], To = months[^1] }, cancellationToken);
        var statuses = Enum.GetValues<DemandStatus>();
        var demands = await store.Demands.ListByStatusAsync(statuses, cancellationToken);
        var counts = statuses.ToDictionary(s => s, s => demands.Count(d => d.Status == s));
        return new CapacityOverview(CapacityView.For(people, allocations, months, CapacityGrouping.Department), counts);
    }
}
