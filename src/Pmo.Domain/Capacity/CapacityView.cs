namespace Pmo.Domain.Capacity;

[JsonConverter(typeof(JsonStringEnumConverter<CapacityGrouping>))]
public enum CapacityGrouping
{
    Department,
    Skill,
    Role,
    Person,
}

/// <summary>One person in one month: days available, days allocated, and the load between them.</summary>
public sealed record PersonMonthLoad(string PersonId, string Name, YearMonth Month, decimal Available, decimal Allocated)
{
    public decimal Free => Math.Max(0, Available - Allocated);

    /// <summary>Allocated ÷ available in percent (rounded to 1 decimal); null when days are allocated to someone with none available.</summary>
    public decimal? Percent => Available > 0
        ? Math.Round(Allocated / Available * 100m, 1, MidpointRounding.AwayFromZero)
        : Allocated > 0 ? null : 0m;

    /// <summary>Above 100 %: more days allocated than available.</summary>
    public bool IsOverAllocated => Allocated > Available;

    /// <summary>Above <paramref name="thresholdPercent"/> (an allocation with no capacity is above any threshold).</summary>
    public bool IsAbove(decimal thresholdPercent) => Percent is not { } p ? IsOverAllocated : p > thresholdPercent;
}

/// <summary>A group (department, skill, role or person) in one month.</summary>
public sealed record CapacityCell(
    string Group,
    YearMonth Month,
    decimal Capacity,
    decimal Allocated,
    decimal Free,
    IReadOnlyList<PersonMonthLoad> OverAllocated);

/// <summary>
/// Capacity, allocated and free days per month and group, with the over-allocated person-months. Free is the sum of
/// each person's free days (an over-allocated person's excess does not eat a colleague's free time), so
/// capacity − allocated can be less than free when someone is over-allocated. A person with several skills counts in
/// each of them; groups match whatever the case ("SQL" = "sql", named as first met); a person with no department, role or skill in the group "(none)". Allocations to unknown people are
/// ignored (the store's referential checks catch them).
/// </summary>
public sealed record CapacityView(CapacityGrouping GroupBy, IReadOnlyList<YearMonth> Months, IReadOnlyList<CapacityCell> Cells)
{
    public const string NoGroup = "(none)";

    public static CapacityView For(
        IEnumerable<Person> people, IEnumerable<Allocation> allocations, IEnumerable<YearMonth> months, CapacityGrouping groupBy)
    {
        ArgumentNullException.ThrowIfNull(people);
        var monthList = months.Distinct().Order().ToList();
        var loads = Loads(people, allocations, monthList);
        var cells = loads
            .SelectMany(l => GroupsOf(l.Person, groupBy).Select(g => (Group: g, l.Load)))
            .GroupBy(x => (Key: x.Group.ToUpperInvariant(), x.Load.Month))
            .Select(g => (Group: g.First().Group, g.Key.Month, Items: g.ToList()))
            .OrderBy(g => g.Group, StringComparer.Ordinal)
            .ThenBy(g => g.Month)
            .Select(g => new CapacityCell(
                g.Group,
                g.Month,
                g.Items.Sum(x => x.Load.Available),
                g.Items.Sum(x => x.Load.Allocated),
                g.Items.Sum(x => x.Load.Free),
                [.. g.Items.Select(x => x.Load).Where(l => l.IsOverAllocated).OrderBy(l => l.PersonId, StringComparer.Ordinal)]))
            .ToList();
        return new CapacityView(groupBy, monthList, cells);
    }

    /// <summary>Every person's load in every month, allocations summed across projects.</summary>
    public static IReadOnlyList<(Person Person, PersonMonthLoad Load)> Loads(
        IEnumerable<Person> people, IEnumerable<Allocation> allocations, IReadOnlyList<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(months);
        var allocated = allocations
            .GroupBy(a => (a.PersonId, a.Month))
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Days));
        return [.. from p in people
                   from m in months
                   select (p, new PersonMonthLoad(p.Id, p.Name, m, CapacityCalculator.Available(p, m), allocated.GetValueOrDefault((p.Id, m))))];
    }

    public static IEnumerable<string> GroupsOf(Person person, CapacityGrouping groupBy)
    {
        ArgumentNullException.ThrowIfNull(person);
        IEnumerable<string> groups = groupBy switch
        {
            CapacityGrouping.Department => [person.Department],
            CapacityGrouping.Role => [person.Role],
            CapacityGrouping.Skill => person.Skills,
            _ => [person.Id],
        };
        var named = groups.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return named.Count == 0 ? [NoGroup] : named;
    }
}
