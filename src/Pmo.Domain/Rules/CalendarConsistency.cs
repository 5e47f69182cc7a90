namespace Pmo.Domain.Rules;

/// <summary>
/// Checks that parsed crons make a usable calendar, over a sample of weeks and months (including an ISO week 53
/// and both DST changes): each weekly event fires every week, in cycle order, and each month's review is
/// assembled within the following month. Otherwise chases would miss weeks or reviews would be skipped.
/// </summary>
internal static class CalendarConsistency
{
    /// <summary>The weekly cycle in the order its events must happen (equal instants are tolerated).</summary>
    private static readonly CalendarEventKind[] WeeklyCycle =
    [
        CalendarEventKind.ChaseOpens,
        CalendarEventKind.FirstReminder,
        CalendarEventKind.SecondReminder,
        CalendarEventKind.MarkedMissed,
        CalendarEventKind.WeeklyDigest,
    ];

    private static readonly IReadOnlyList<IsoWeek> SampleWeeks =
        [.. Enumerable.Range(0, 60).Select(i => new IsoWeek(2026, 1).AddWeeks(i))];

    private static readonly IReadOnlyList<YearMonth> SampleMonths =
        [.. Enumerable.Range(0, 24).Select(i => YearMonth.Of(new DateOnly(2026, 1, 1).AddMonths(i)))];

    public static void Check(GovernanceCalendar calendar, ValidationErrors errors)
    {
        var fields = CalendarSettings.Fields.ToDictionary(f => f.Kind, f => f.Field);
        var skipping = WeeklyCycle.Where(k => SampleWeeks.Any(w => calendar.TryInWeek(k, w) is null)).ToList();
        foreach (var kind in skipping)
        {
            errors.Add(fields[kind], "must occur every week (e.g. \"0 9 * * MON\").");
        }

        if (skipping.Count == 0)
        {
            foreach (var (before, after) in WeeklyCycle.Zip(WeeklyCycle.Skip(1)))
            {
                errors.When(
                    SampleWeeks.Any(w => calendar.TryInWeek(after, w) < calendar.TryInWeek(before, w)),
                    fields[after],
                    $"must not come before {fields[before]} in the week.");
            }
        }

        errors.When(
            SampleMonths.Any(m => calendar.TryAssemble(m) is not { } at ||
                !m.Next().Contains(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, calendar.TimeZone).DateTime))),
            fields[CalendarEventKind.MonthlyReview],
            "must occur every month (e.g. \"0 7 1W * *\", the first business day).");
    }
}
