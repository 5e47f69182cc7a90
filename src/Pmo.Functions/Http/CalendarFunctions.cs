namespace Pmo.Functions.Http;

/// <summary>/api/calendar.ics: the governance calendar feed.</summary>
public sealed class CalendarFunctions(ApiEndpoints api)
{
    private const string Feed = "calendar.ics";

    [Function(nameof(GetCalendarFeed))]
    public IResult GetCalendarFeed([HttpTrigger(AuthorizationLevel.Function, "get", Route = Feed)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Feed);
}
