namespace Pmo.Domain.Capacity;

/// <summary>
/// A person's available days in a month. Working days are Monday to Friday, counted from the calendar (February 2028
/// has 21, February 2027 has 20); there is no public-holiday calendar: the PMO enters holidays as absences.
/// available = full-month capacity × (working days active and not absent) ÷ (working days of the month), so joining on
/// the 15th or leaving on the 10th prorates it, and an absence costs its working days at the person's rate (a full-time
/// person loses one day per working day absent; a half-time person half a day). Overlapping absences count once, a
/// weekend-only absence costs nothing, and the result is never negative. Rounded to 2 decimals.
/// </summary>
public static class CapacityCalculator
{
    public static int WorkingDays(DateOnly first, DateOnly last)
    {
        var days = 0;
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            days += IsWorkingDay(d) ? 1 : 0;
        }

        return days;
    }

    public static int WorkingDays(YearMonth month) => WorkingDays(month.FirstDay, month.LastDay);

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Working days of <paramref name="month"/> on which the person is active and not absent.</summary>
    public static int PresentDays(Person person, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(person);
        var first = Max(month.FirstDay, person.ActiveFrom ?? month.FirstDay);
        var last = Min(month.LastDay, person.ActiveTo ?? month.LastDay);
        var days = 0;
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            // Each day is tested once against all ranges, so overlapping absences are not counted twice.
            days += IsWorkingDay(d) && !person.Absences.Any(a => a.Start <= d && d <= a.End) ? 1 : 0;
        }

        return days;
    }

    public static decimal Available(Person person, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(person);
        var monthDays = WorkingDays(month);
        var full = person.CapacityDaysPerMonth ?? monthDays;
        if (monthDays == 0 || full <= 0)
        {
            return 0;
        }

        return Math.Max(0, Math.Round(full * PresentDays(person, month) / monthDays, 2, MidpointRounding.AwayFromZero));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
