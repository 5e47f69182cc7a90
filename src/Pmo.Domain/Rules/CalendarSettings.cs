namespace Pmo.Domain.Rules;

/// <summary>
/// Parses the time zone and cron expressions of the settings, reporting each bad one by its JSON field name.
/// Shared by the calendar (which must not start with bad input) and the settings validator.
/// </summary>
internal static class CalendarSettings
{
    public static readonly IReadOnlyList<(CalendarEventKind Kind, string Field, Func<CalendarTimes, string> Read)> Fields =
    [
        (CalendarEventKind.ChaseOpens, "calendar.chaseOpens", c => c.ChaseOpens),
        (CalendarEventKind.FirstReminder, "calendar.firstReminder", c => c.FirstReminder),
        (CalendarEventKind.SecondReminder, "calendar.secondReminder", c => c.SecondReminder),
        (CalendarEventKind.MarkedMissed, "calendar.markedMissed", c => c.MarkedMissed),
        (CalendarEventKind.WeeklyDigest, "calendar.weeklyDigest", c => c.WeeklyDigest),
        (CalendarEventKind.MonthlyReview, "calendar.monthlyReview", c => c.MonthlyReview),
    ];

    public static TimeZoneInfo? ParseTimeZone(string? id, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add("timeZone", "is required.");
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        errors.Add("timeZone", $"'{id}' is not a known time zone (use an IANA id such as Europe/Paris).");
        return null;
    }

    public static Dictionary<CalendarEventKind, CronExpression> ParseCrons(CalendarTimes? times, ValidationErrors errors)
    {
        var result = new Dictionary<CalendarEventKind, CronExpression>();
        if (times is null)
        {
            errors.Add("calendar", "is required.");
            return result;
        }

        foreach (var (kind, field, read) in Fields)
        {
            var text = read(times);
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add(field, "is required.");
            }
            else if (CronExpression.TryParse(text, CronFormat.Standard, out var cron))
            {
                result[kind] = cron;
            }
            else
            {
                errors.Add(field, $"'{text}' is not a 5-field cron expression such as \"0 9 * * MON\".");
            }
        }

        return result;
    }
}
