using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Pmo.Api.Calendar;

/// <summary>
/// /api/calendar.ics: the coming governance events as an iCalendar feed Outlook can subscribe to. Calendar clients
/// cannot send headers, so it also accepts the reader's key as <c>?key=</c>.
/// </summary>
public static class CalendarFeedApi
{
    public static RouteGroupBuilder MapCalendarFeedApi(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar.ics", Get).WithTags("Calendar").ForReaders();
        return api;
    }

    public static async Task<FileContentHttpResult> Get([FromQuery] string? days, SettingsService service, TimeProvider clock, CancellationToken cancellationToken)
    {
        var span = RouteValues.Int(days, "days", 60, 1, 366);
        var from = clock.GetUtcNow();
        var events = await service.UpcomingAsync(from, from.AddDays(span), cancellationToken);

        var calendar = new IcalCalendar { ProductId = "-//PMO Functions//Governance calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", "PMO governance calendar");
        foreach (var e in events)
        {
            calendar.Events.Add(new IcalEvent
            {
                // Stable uids: a refreshed feed updates the same events instead of duplicating them.
                Uid = string.Create(CultureInfo.InvariantCulture, $"{e.Kind}-{e.Week?.ToString() ?? e.Month?.ToString()}@pmo-functions"),
                Summary = Title(e),
                DtStart = new CalDateTime(e.AtUtc.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(e.AtUtc.UtcDateTime.AddMinutes(30), "UTC"),
            });
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", "pmo-governance.ics");
    }

    private static string Title(CalendarEvent e) => e.Kind switch
    {
        CalendarEventKind.ChaseOpens => $"Weekly update requests sent ({e.Week})",
        CalendarEventKind.FirstReminder => $"First reminder for missing updates ({e.Week})",
        CalendarEventKind.SecondReminder => $"Second reminder, sponsors copied ({e.Week})",
        CalendarEventKind.MarkedMissed => $"Missing updates marked missed ({e.Week})",
        CalendarEventKind.WeeklyDigest => $"Weekly operational update digest ({e.Week})",
        CalendarEventKind.MonthlyReview => $"Monthly portfolio review pack ({e.Month})",
        _ => e.Kind.ToString(),
    };
}
