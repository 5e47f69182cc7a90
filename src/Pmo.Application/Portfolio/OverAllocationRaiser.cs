using Pmo.Application.Capacity;

namespace Pmo.Application.Portfolio;

/// <summary>The weekly over-allocation scan: the week it runs for and the instant the escalations are raised at.</summary>
public sealed record OverAllocationCheck(IsoWeek Week, DateTimeOffset At);

/// <summary>
/// Runs <see cref="OverAllocationRule"/> over each person's load in the six months from the week's month and raises an
/// <see cref="EscalationReason.OverAllocation"/> escalation for each person it fires on, attached to the project that
/// takes the most of that person's days in the months above the threshold (ties: the project id). Once per person and
/// run of months: the id names the person and the first month of the run (looked for up to six months back), so the
/// weekly scan does not raise again what the committee has already decided while the overload goes on; a new run (a
/// month back under the threshold, then above again) is escalated anew. A retried scan finds what it raised.
/// </summary>
public sealed class OverAllocationRaiser(IPortfolioStore store, IEscalationStarter starter)
{
    private const string Marker = "-overallocation-";

    /// <summary>Project ids are at most 40 characters: a person id up to this length keeps the id within 100.</summary>
    private const int MaxPersonKeyLength = 35;

    // Intake settings are not part of the governance settings document yet: the rule runs on their defaults (110 %, 2 months).
    private static readonly IntakeSettings Settings = new();

    public static string EscalationIdFor(string projectId, string personId, YearMonth runStart) => $"{projectId}{RunSuffix(personId, runStart)}";

    /// <summary>Returns the ids of the escalations raised by this scan (or found raised by an earlier try of it).</summary>
    public async Task<IReadOnlyList<string>> RaiseAsync(OverAllocationCheck input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var people = await store.People.ListAllAsync();
        if (people.Count == 0)
        {
            return [];
        }

        var ahead = CapacityService.OutlookMonthsFrom(YearMonth.Of(input.Week.Day(DayOfWeek.Thursday)));
        var months = CapacityService.OutlookMonthsFrom(YearMonth.Of(ahead[0].FirstDay.AddMonths(-CapacityService.OutlookMonths))).Concat(ahead).ToList();
        var allocations = await store.Allocations.ListAsync(new AllocationQuery { From = months[0], To = months[^1] });
        var projects = (await store.Projects.ListAllAsync()).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var raised = (await store.Escalations.ListByStatusAsync(Enum.GetValues<EscalationStatus>()))
            .Where(e => e.Reason == EscalationReason.OverAllocation)
            .ToList();
        var view = await GovernanceView.LoadAsync(store);
        var threshold = Settings.OverAllocationThresholdPercent;

        var ids = new List<string>();
        foreach (var person in CapacityView.Loads(people, allocations, months).GroupBy(x => x.Person.Id, x => x.Load, StringComparer.Ordinal))
        {
            var loads = person.OrderBy(l => l.Month).ToList();
            var trigger = OverAllocationRule.Evaluate(loads.Where(l => l.Month >= ahead[0]), threshold, Settings.OverAllocationMonthsRunning);
            if (trigger is null)
            {
                continue;
            }

            var run = LatestRun(loads, threshold, ahead[0]);
            var earlier = raised.FirstOrDefault(e => e.Id.EndsWith(RunSuffix(person.Key, run[0].Month), StringComparison.Ordinal));
            if (earlier is not null && earlier.RaisedAt != input.At)
            {
                continue;
            }

            var runMonths = run.Select(l => l.Month).ToHashSet();
            var project = allocations
                .Where(a => a.PersonId == person.Key && runMonths.Contains(a.Month) && projects.Contains(a.ProjectId))
                .GroupBy(a => a.ProjectId, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(a => a.Days))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (project is null)
            {
                continue;
            }

            var escalation = earlier ?? await EscalationRaiser.CreateOnceAsync(
                store, EscalationIdFor(project, person.Key, run[0].Month), project, trigger, input.At, view.Calendar);
            await starter.StartAsync(escalation);
            ids.Add(escalation.Id);
        }

        return ids;
    }

    /// <summary>
    /// The latest months in a row above the threshold, at least <see cref="IntakeSettings.OverAllocationMonthsRunning"/>
    /// long, that reaches <paramref name="from"/> or later (the run the rule reported); the loads are consecutive months.
    /// </summary>
    private static List<PersonMonthLoad> LatestRun(List<PersonMonthLoad> loads, decimal threshold, YearMonth from)
    {
        var end = loads.Count - 1;
        while (end >= 0)
        {
            var start = end;
            while (start >= 0 && loads[start].IsAbove(threshold))
            {
                start--;
            }

            var length = end - start;
            if (length >= Settings.OverAllocationMonthsRunning && loads[end].Month >= from)
            {
                return loads.GetRange(start + 1, length);
            }

            end = start - (length == 0 ? 1 : 0);
        }

        return [];
    }

    private static string RunSuffix(string personId, YearMonth runStart) => $"{Marker}{PersonKey(personId)}-{runStart}";

    /// <summary>The person id, or for a long one its start and a hash of it, so the escalation id stays a valid id.</summary>
    private static string PersonKey(string personId) => personId.Length <= MaxPersonKeyLength
        ? personId
        : $"{personId[..18]}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(personId)))[..16]}";
}
