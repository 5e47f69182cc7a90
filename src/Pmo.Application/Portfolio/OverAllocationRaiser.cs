using System.Security.Cryptography;
using System.Text;
using Pmo.Application.Capacity;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Capacity;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Application.Portfolio;

/// <summary>The weekly over-allocation scan: the week it runs for and the instant the escalations are raised at.</summary>
public sealed record OverAllocationCheck(IsoWeek Week, DateTimeOffset At);

/// <summary>
/// Runs <see cref="OverAllocationRule"/> over each person's load in the six months from the week's month and raises an
/// <see cref="EscalationReason.OverAllocation"/> escalation for each person it fires on, attached to the project that
/// takes the most of that person's days in the months above the threshold (ties: the project id). One escalation per
/// person while one is open, as the other rules skip a reason already open; the id is deterministic (project, week,
/// person), so a retried scan finds what it raised instead of raising it twice.
/// </summary>
public sealed class OverAllocationRaiser(IPortfolioStore store, IEscalationStarter starter)
{
    private const string Marker = "-overallocation-";

    /// <summary>Project ids are at most 40 and weeks 8 characters: a person id up to this length keeps the id within 100.</summary>
    private const int MaxPersonKeyLength = 35;

    // Intake settings are not part of the governance settings document yet: the rule runs on their defaults (110 %, 2 months).
    private static readonly IntakeSettings Settings = new();

    public static string EscalationIdFor(string projectId, IsoWeek week, string personId) => $"{projectId}-{week}{Marker}{PersonKey(personId)}";

    /// <summary>Returns the ids of the escalations raised (or found raised by an earlier try of this scan).</summary>
    public async Task<IReadOnlyList<string>> RaiseAsync(OverAllocationCheck input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var people = await store.People.ListAllAsync();
        if (people.Count == 0)
        {
            return [];
        }

        var months = CapacityService.OutlookMonthsFrom(YearMonth.Of(input.Week.Day(DayOfWeek.Thursday)));
        var allocations = await store.Allocations.ListAsync(new AllocationQuery { From = months[0], To = months[^1] });
        var projects = (await store.Projects.ListAllAsync()).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        // Escalations raised by this very scan before a retry do not count as open: they are found again below.
        var open = (await store.Escalations.ListByStatusAsync(Enum.GetValues<EscalationStatus>()))
            .Where(e => e.IsOpen && e.Reason == EscalationReason.OverAllocation && !e.Id.Contains($"-{input.Week}{Marker}", StringComparison.Ordinal))
            .ToList();
        var view = await GovernanceView.LoadAsync(store);

        var ids = new List<string>();
        foreach (var person in CapacityView.Loads(people, allocations, months).GroupBy(x => x.Person.Id, x => x.Load, StringComparer.Ordinal))
        {
            var trigger = OverAllocationRule.Evaluate(person, Settings.OverAllocationThresholdPercent, Settings.OverAllocationMonthsRunning);
            if (trigger is null || open.Any(e => e.Id.EndsWith(Marker + PersonKey(person.Key), StringComparison.Ordinal)))
            {
                continue;
            }

            var overMonths = person.Where(l => l.IsAbove(Settings.OverAllocationThresholdPercent)).Select(l => l.Month).ToHashSet();
            var project = allocations
                .Where(a => a.PersonId == person.Key && overMonths.Contains(a.Month) && projects.Contains(a.ProjectId))
                .GroupBy(a => a.ProjectId, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(a => a.Days))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (project is null)
            {
                continue;
            }

            var escalation = await EscalationRaiser.CreateOnceAsync(
                store, EscalationIdFor(project, input.Week, person.Key), project, trigger, input.At, view.Calendar);
            await starter.StartAsync(escalation);
            ids.Add(escalation.Id);
        }

        return ids;
    }

    /// <summary>The person id, or for a long one its start and a hash of it, so the escalation id stays a valid id.</summary>
    private static string PersonKey(string personId) => personId.Length <= MaxPersonKeyLength
        ? personId
        : $"{personId[..18]}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(personId)))[..16]}";
}
