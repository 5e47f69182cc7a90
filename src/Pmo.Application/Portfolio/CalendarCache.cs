using System.Collections.Concurrent;

namespace Pmo.Application.Portfolio;

/// <summary>
/// Building a <see cref="GovernanceCalendar"/> parses and checks every cron expression over a year of weeks; the
/// scheduler tick and each activity need one, and settings rarely change, so calendars are kept by settings content.
/// </summary>
public static class CalendarCache
{
    private const int MaxEntries = 32;
    private static readonly ConcurrentDictionary<string, GovernanceCalendar> Calendars = new(StringComparer.Ordinal);

    public static GovernanceCalendar For(GovernanceSettings settings)
    {
        var key = JsonSerializer.Serialize(settings);
        if (Calendars.TryGetValue(key, out var calendar))
        {
            return calendar;
        }

        if (Calendars.Count >= MaxEntries)
        {
            Calendars.Clear();
        }

        return Calendars.GetOrAdd(key, _ => new GovernanceCalendar(settings));
    }
}
