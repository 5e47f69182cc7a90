using Pmo.Domain.Intake;

namespace Pmo.Domain.Capacity;

/// <summary>One proposed line of a team: a person for some days in a month.</summary>
public sealed record StaffingLine(string PersonId, YearMonth Month, decimal Days);

/// <summary>
/// What a team needs of one role in one month, against what that role has free before the proposal.
/// <see cref="Sentence"/> is ready for the arbitration pack: "needs 40 days of Data engineer time in March 2027; 12 are free."
/// </summary>
public sealed record StaffingNeed(string Role, YearMonth Month, decimal NeededDays, decimal FreeDays)
{
    public bool IsShort => NeededDays > FreeDays;

    public string Sentence => string.Create(CultureInfo.InvariantCulture,
        $"needs {NeededDays:0.##} days of {Role} time in {Month.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}; {FreeDays:0.##} are free.");
}

/// <summary>The loads the proposal would leave, the person-months it pushes above 100 %, and the needs by role.</summary>
public sealed record StaffingResult(
    IReadOnlyList<PersonMonthLoad> Loads,
    IReadOnlyList<PersonMonthLoad> OverAllocated,
    IReadOnlyList<StaffingNeed> Needs);

/// <summary>
/// Checks a proposed team against the people's existing allocations: for each person and month of the proposal, the load
/// once the proposal is added (existing projects + this one), flagged when above 100 %; and per role and month the days
/// needed against the role's free days before the proposal (the role of each proposed person; people with no role are
/// grouped under "(none)").
/// </summary>
public static class StaffingCheck
{
    public static StaffingResult Check(IEnumerable<Person> people, IEnumerable<Allocation> existing, IEnumerable<StaffingLine> proposal)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(proposal);
        var everyone = people.ToList();
        var byId = everyone.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var lines = proposal.Where(l => byId.ContainsKey(l.PersonId)).ToList();
        var current = existing.ToList();
        var months = lines.Select(l => l.Month).Distinct().Order().ToList();

        var proposed = lines.Select(l => new Allocation(l.PersonId, "(proposed)", l.Month, l.Days));
        var after = CapacityView.Loads(lines.Select(l => byId[l.PersonId]).DistinctBy(p => p.Id), current.Concat(proposed), months)
            .Select(x => x.Load)
            .Where(l => lines.Any(p => p.PersonId == l.PersonId && p.Month == l.Month))
            .OrderBy(l => l.PersonId, StringComparer.Ordinal)
            .ThenBy(l => l.Month)
            .ToList();

        var before = CapacityView.Loads(everyone, current, months);
        var needs = lines
            .GroupBy(l => (Key: RoleOf(byId[l.PersonId]).ToUpperInvariant(), l.Month))
            .Select(g => (Role: RoleOf(byId[g.First().PersonId]), g.Key.Month, Lines: g.ToList()))
            .OrderBy(g => g.Month)
            .ThenBy(g => g.Role, StringComparer.Ordinal)
            .Select(g => new StaffingNeed(
                g.Role,
                g.Month,
                g.Lines.Sum(l => l.Days),
                FreeDays(before, g.Month, p => RoleOf(p).Equals(g.Role, StringComparison.OrdinalIgnoreCase))))
            .ToList();

        return new StaffingResult(after, [.. after.Where(l => l.IsOverAllocated)], needs);
    }

    /// <summary>
    /// What a demand asks for (<see cref="Demand.Staffing"/>) against today's free capacity: per role and month, the days
    /// requested (rows naming the same role and month, whatever the case, are summed; named as first met) and the free
    /// days of the people who could give them: those whose role or one of whose skills is the one asked for
    /// (<see cref="RoleFreeDays"/>). Nobody with that role or skill: 0 free.
    /// </summary>
    public static IReadOnlyList<StaffingNeed> Needs(IEnumerable<Person> people, IEnumerable<Allocation> existing, IEnumerable<DemandStaffing> requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var rows = requested.ToList();
        return Needs(RoleFreeDays.Of(people, existing, rows.Select(r => r.Month)), rows);
    }

    /// <summary><see cref="Needs(IEnumerable{Person}, IEnumerable{Allocation}, IEnumerable{DemandStaffing})"/> over free days computed once for many demands.</summary>
    public static IReadOnlyList<StaffingNeed> Needs(RoleFreeDays free, IEnumerable<DemandStaffing> requested)
    {
        ArgumentNullException.ThrowIfNull(free);
        ArgumentNullException.ThrowIfNull(requested);
        return [.. requested
            .GroupBy(r => (Key: (r.Role ?? "").Trim().ToUpperInvariant(), r.Month))
            .Select(g => (Role: (g.First().Role ?? "").Trim(), g.Key.Month, Days: g.Sum(r => r.Days)))
            .OrderBy(a => a.Month)
            .ThenBy(a => a.Role, StringComparer.Ordinal)
            .Select(a => new StaffingNeed(a.Role, a.Month, a.Days, free.Free(a.Role, a.Month)))];
    }

    /// <summary>The free days in <paramref name="month"/> of the people <paramref name="counts"/> keeps (over-allocation eats no colleague's time).</summary>
    private static decimal FreeDays(IEnumerable<(Person Person, PersonMonthLoad Load)> loads, YearMonth month, Func<Person, bool> counts) =>
        loads.Where(b => b.Load.Month == month && counts(b.Person)).Sum(b => b.Load.Free);

    private static string RoleOf(Person person) => CapacityView.GroupsOf(person, CapacityGrouping.Role).Single();
}
