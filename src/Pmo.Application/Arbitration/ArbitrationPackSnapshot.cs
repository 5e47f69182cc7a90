using Pmo.Application.Capacity;
using Pmo.Application.Packs;

namespace Pmo.Application.Arbitration;

/// <summary>
/// What the arbitration pack is rendered from: the ranked agenda, the portfolio's remaining budget, the capacity by
/// role over the session's month and the next five, and what each demand's staffing request needs against today's free
/// days (<see cref="StaffingCheck.Needs(RoleFreeDays, IEnumerable{DemandStaffing})"/>; each demand alone, as if no other
/// demand on the agenda were granted).
/// </summary>
public static class ArbitrationPackSnapshot
{
    /// <summary>When no active project states a currency, the pack is in euros (the domain's default).</summary>
    private const string DefaultCurrency = "EUR";

    public static async Task<ArbitrationPackInput> TakeAsync(
        IPortfolioStore store, GovernanceSettings settings, ArbitrationSession session, IReadOnlyList<RankedDemand> agenda, DateTimeOffset nowUtc,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(session);
        var projects = await store.Projects.ListActiveAsync(cancellationToken);
        var currency = projects.GroupBy(p => p.Budget.Currency, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault()?.Key ?? DefaultCurrency;
        var months = CapacityService.OutlookMonthsFrom(session.Month);
        var people = await store.People.ListAllAsync(cancellationToken);
        var hasPeople = people.Count > 0;
        return new ArbitrationPackInput
        {
            OrganisationName = settings.OrganisationName,
            Language = settings.DefaultLanguage,
            SessionMonth = session.Month,
            DeadlineUtc = session.DeadlineUtc,
            TimeZone = settings.TimeZone,
            Currency = currency,
            GeneratedAtUtc = nowUtc,
            Demands = agenda,
            RemainingBudget = new Money(RemainingBudget(projects, currency), currency),
            Capacity = hasPeople ? await new CapacityService(store).GetViewAsync(months[0], months[^1], CapacityGrouping.Role, cancellationToken) : null,
            StaffingNeeds = await StaffingNeedsAsync(store, people, agenda, cancellationToken),
        };
    }

    /// <summary>
    /// The needs of every demand that states staffing, by demand id. The free days are computed once, over every month any
    /// demand names, from the allocations of those months (with nobody held, every need reads "0 are free").
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<StaffingNeed>>> StaffingNeedsAsync(
        IPortfolioStore store, IReadOnlyList<Person> people, IReadOnlyList<RankedDemand> agenda, CancellationToken cancellationToken)
    {
        var requesting = agenda.Select(r => r.Demand).Where(d => d.Staffing.Count > 0).ToList();
        if (requesting.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<StaffingNeed>>();
        }

        var months = requesting.SelectMany(d => d.Staffing).Select(s => s.Month).Distinct().ToList();
        var allocations = people.Count == 0
            ? []
            : await store.Allocations.ListAsync(new AllocationQuery { From = months.Min(), To = months.Max() }, cancellationToken);
        var free = RoleFreeDays.Of(people, allocations, months);
        return requesting.ToDictionary(d => d.Id, d => StaffingCheck.Needs(free, d.Staffing), StringComparer.Ordinal);
    }

    /// <summary>The active projects' approved budgets not yet spent, in the pack's currency (other currencies are not converted).</summary>
    private static decimal RemainingBudget(IEnumerable<Project> projects, string currency) =>
        projects.Where(p => p.Budget.Currency == currency).Sum(p => p.Budget.Approved - p.Budget.ActualToDate);
}
