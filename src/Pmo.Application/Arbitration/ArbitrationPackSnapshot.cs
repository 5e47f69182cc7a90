using Pmo.Application.Capacity;
using Pmo.Application.Packs;

namespace Pmo.Application.Arbitration;

/// <summary>
/// What the arbitration pack is rendered from: the ranked agenda, the portfolio's remaining budget and the capacity by
/// role over the session's month and the next five. No staffing needs: demands do not state them yet.
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
        var hasPeople = (await store.People.ListAllAsync(cancellationToken)).Count > 0;
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
        };
    }

    /// <summary>The active projects' approved budgets not yet spent, in the pack's currency (other currencies are not converted).</summary>
    private static decimal RemainingBudget(IEnumerable<Project> projects, string currency) =>
        projects.Where(p => p.Budget.Currency == currency).Sum(p => p.Budget.Approved - p.Budget.ActualToDate);
}
