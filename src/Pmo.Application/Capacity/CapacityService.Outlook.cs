namespace Pmo.Application.Capacity;

/// <summary>The capacity view the monthly pack prints, with the names its groups are printed under.</summary>
public sealed record CapacityOutlook(CapacityView View, IReadOnlyDictionary<string, string> GroupNames);

/// <summary>The six months ahead that the review pack's heat map and the PMO dashboard show.</summary>
public sealed partial class CapacityService
{
    /// <summary>The pack's month and the next five: the horizon the PMO staffs for.</summary>
    public const int OutlookMonths = 6;

    /// <summary>Up to this many people the heat map names each person; beyond it a row per person is unreadable, so by role.</summary>
    public const int MaxPeopleNamedInOutlook = 40;

    /// <summary>
    /// The <see cref="OutlookMonths"/> months from <paramref name="first"/>, by person (names in
    /// <see cref="CapacityOutlook.GroupNames"/>) or by role when more than <see cref="MaxPeopleNamedInOutlook"/> people
    /// are held. Null when nobody is held, so a portfolio without capacity data keeps its packs as they were.
    /// </summary>
    public async Task<CapacityOutlook?> GetOutlookAsync(YearMonth first, CancellationToken cancellationToken = default)
    {
        var people = await store.People.ListAllAsync(cancellationToken);
        if (people.Count == 0)
        {
            return null;
        }

        var months = OutlookMonthsFrom(first);
        var allocations = await store.Allocations.ListAsync(new AllocationQuery { From = months[0], To = months[^1] }, cancellationToken);
        var byPerson = people.Count <= MaxPeopleNamedInOutlook;
        var view = CapacityView.For(people, allocations, months, byPerson ? CapacityGrouping.Person : CapacityGrouping.Role);
        IReadOnlyDictionary<string, string> names = byPerson
            ? people.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal)
            : new Dictionary<string, string>();
        return new CapacityOutlook(view, names);
    }

    public static IReadOnlyList<YearMonth> OutlookMonthsFrom(YearMonth first) =>
        [.. Enumerable.Range(0, OutlookMonths).Select(i => YearMonth.Of(first.FirstDay.AddMonths(i)))];
}
