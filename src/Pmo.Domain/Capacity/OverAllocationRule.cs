namespace Pmo.Domain.Capacity;

/// <summary>
/// The capacity escalation rule: a person whose load is above the threshold in N consecutive calendar months (a month
/// at or under it, or a month missing from the loads, breaks the run). It answers the same
/// <see cref="EscalationTrigger"/> as <see cref="EscalationRules"/>; the latest run in the loads is the one reported.
/// </summary>
public static class OverAllocationRule
{
    public static EscalationTrigger? Evaluate(IEnumerable<PersonMonthLoad> loads, decimal thresholdPercent, int monthsRunning = 2)
    {
        ArgumentNullException.ThrowIfNull(loads);
        var newestFirst = loads.OrderByDescending(l => l.Month).ToList();
        if (monthsRunning < 1 || newestFirst.Count == 0)
        {
            return null;
        }

        for (var start = 0; start < newestFirst.Count; start++)
        {
            var run = newestFirst.Skip(start)
                .Select((l, i) => (Load: l, Expected: newestFirst[start].Month.FirstDay.AddMonths(-i)))
                .TakeWhile(x => x.Load.Month.FirstDay == x.Expected && x.Load.IsAbove(thresholdPercent))
                .Select(x => x.Load)
                .ToList();
            if (run.Count >= monthsRunning)
            {
                return Trigger(run.AsEnumerable().Reverse().ToList(), thresholdPercent);
            }
        }

        return null;
    }

    private static EscalationTrigger Trigger(List<PersonMonthLoad> run, decimal threshold)
    {
        var name = run[0].Name;
        var months = string.Join(", ", run.Select(l => l.Percent is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{l.Month} {p:0.#} %")
            : string.Create(CultureInfo.InvariantCulture, $"{l.Month} {l.Allocated:0.##} days with none available")));
        return new EscalationTrigger(
            EscalationReason.OverAllocation,
            string.Create(CultureInfo.InvariantCulture,
                $"{name} is allocated above {threshold:0.#} % of their capacity for {run.Count} months running ({months})."),
            string.Create(CultureInfo.InvariantCulture,
                $"Which project should release days of {name}, or who else can take part of the work?"));
    }
}
