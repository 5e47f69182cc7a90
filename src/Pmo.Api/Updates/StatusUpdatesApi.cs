namespace Pmo.Api.Updates;

/// <summary>
/// /api/projects/{projectId}/updates: a project's weekly status updates. An integrator submits one with PUT on its week:
/// without If-Match it is created (409 if it exists), with If-Match it is replaced.
/// </summary>
public static class StatusUpdatesApi
{
    public static RouteGroupBuilder MapStatusUpdatesApi(this RouteGroupBuilder api)
    {
        var updates = api.MapArea("/projects/{projectId}/updates", "Status updates").AddEndpointFilter<ProjectOwnershipFilter>();
        updates.MapGet("/", List).ForReaders();
        updates.MapGet("/{week}", Get).ForReaders();
        updates.MapPut("/{week}", Put).ForWriters().Accepts<StatusUpdate>("application/json");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<StatusUpdate>>> List(
        string projectId, [FromQuery] string? from, [FromQuery] string? to, StatusUpdateService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(
            RouteValues.Id(projectId, "projectId"), RouteValues.OptionalWeek(from, "from"), RouteValues.OptionalWeek(to, "to"), cancellationToken));

    public static async Task<Ok<StatusUpdate>> Get(string projectId, string week, StatusUpdateService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await service.GetAsync(RouteValues.Id(projectId, "projectId"), RouteValues.Week(week, "week"), cancellationToken);
        return WithETag.Ok(response, found);
    }

    public static async Task<Results<Created<StatusUpdate>, Ok<StatusUpdate>>> Put(
        string projectId, string week, HttpRequest request, StatusUpdateService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(projectId, "projectId");
        var isoWeek = RouteValues.Week(week, "week");
        var ifMatch = Preconditions.IfMatch(request);
        var update = await JsonBody.ReadAsync<StatusUpdate>(request);
        var (saved, created) = await service.PutAsync(id, isoWeek, update, ifMatch, Caller.Email(user), cancellationToken);
        return created
            ? WithETag.Created(request.HttpContext.Response, $"/api/projects/{Uri.EscapeDataString(id)}/updates/{isoWeek}", saved)
            : WithETag.Ok(request.HttpContext.Response, saved);
    }
}
