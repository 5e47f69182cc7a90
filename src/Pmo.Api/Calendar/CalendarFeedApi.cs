using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Pmo.Api.Calendar;

/// <summary>
/// /api/calendar.ics: the coming governance events as an iCalendar feed Outlook can subscribe to. Calendar clients
/// cannot send headers, so it also accepts the reader's key as <c>?key=</c>. Written in the organisation's language
/// (<see cref="GovernanceSettings.DefaultLanguage"/>): each event has a title and a description of what happens.
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
        var upcoming = await service.UpcomingAsync(from, from.AddDays(span), cancellationToken);
        var texts = CalendarFeedTexts.For(upcoming.Language);

        var calendar = new IcalCalendar { ProductId = "-//PMO Functions//Governance calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", texts.Name);
        foreach (var e in upcoming.Events)
        {
            calendar.Events.Add(new IcalEvent
            {
                // Stable uids: a refreshed feed updates the same events instead of duplicating them.
                Uid = string.Create(CultureInfo.InvariantCulture, $"{e.Kind}-{e.Week?.ToString() ?? e.Month?.ToString()}@pmo-functions"),
                Summary = texts.Title(e),
                Description = texts.Description(e),
                DtStart = new CalDateTime(e.AtUtc.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(e.AtUtc.UtcDateTime.AddMinutes(30), "UTC"),
            });
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", "pmo-governance.ics");
    }
}
