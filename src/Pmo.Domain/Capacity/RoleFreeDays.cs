namespace Pmo.Domain.Capacity;

/// <summary>
/// The free days of each role and skill per month, after the existing allocations: what a demand's staffing request is
/// read against. A person counts under their role and each of their skills (names matched whatever the case), once per
/// name even when the role is also one of the skills; over-allocation eats no colleague's free time
/// (<see cref="PersonMonthLoad.Free"/>). Built once for many demands (the arbitration pack), so each look-up is a
/// dictionary hit rather than a pass over every person.
/// </summary>
public sealed class RoleFreeDays
{
    private readonly Dictionary<(string Name, YearMonth Month), decimal> _free;

    private RoleFreeDays(Dictionary<(string Name, YearMonth Month), decimal> free) => _free = free;

    public static RoleFreeDays Of(IEnumerable<Person> people, IEnumerable<Allocation> existing, IEnumerable<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var free = new Dictionary<(string Name, YearMonth Month), decimal>();
        foreach (var (person, load) in CapacityView.Loads(people, existing, [.. months.Distinct()]))
        {
            var names = CapacityView.GroupsOf(person, CapacityGrouping.Role).Concat(CapacityView.GroupsOf(person, CapacityGrouping.Skill))
                .Where(n => n != CapacityView.NoGroup)
                .Select(Key)
                .Distinct(StringComparer.Ordinal);
            foreach (var name in names)
            {
                free[(name, load.Month)] = free.GetValueOrDefault((name, load.Month)) + load.Free;
            }
        }

        return new RoleFreeDays(free);
    }

    /// <summary>Free days of the people with <paramref name="role"/> as role or skill in <paramref name="month"/>; 0 when nobody has it.</summary>
    public decimal Free(string role, YearMonth month) => _free.GetValueOrDefault((Key(role), month));

    private static string Key(string name) => (name ?? "").Trim().ToUpperInvariant();
}
