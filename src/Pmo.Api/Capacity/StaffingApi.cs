namespace Pmo.Api.Capacity;

/// <summary>
/// POST /api/projects/{projectId}/staffing: the PMO names the PM and the team of a project (after its GO). If-Match on
/// the project is required; an Idempotency-Key makes a retry replay the answer, or finish a call that failed half-way.
/// </summary>
public static class StaffingApi
{
    public static RouteGroupBuilder MapStaffingApi(this RouteGroupBuilder api)
    {
        var staffing = api.MapArea("/projects/{projectId}/staffing", "Capacity");
        staffing.MapPost("/", Staff).ForPmo()
            .Accepts<StaffingRequest>("application/json")
            .Produces<ProjectStaffing>()
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    /// <summary>200 with the staffing (each person's load across projects) and the project's new ETag.</summary>
    public static async Task<IResult> Staff(
        string projectId, HttpRequest request, StaffingService service, IPortfolioStore store, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(projectId, "projectId");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var key = IdempotencyKeys.Read(request);
        var scope = $"staffing-{id}";
        if (await IdempotencyKeys.FindAsync(store.Idempotency, scope, key, cancellationToken) is { } replay)
        {
            return IdempotencyKeys.Replay(replay);
        }

        var body = await JsonBody.ReadAsync<StaffingRequest>(request);
        var staffed = await service.StaffAsync(id, body, ifMatch, key, Caller.Email(user), cancellationToken);
        await IdempotencyKeys.RecordAsync(store.Idempotency, scope, key,
            new IdempotencyKeys.Recorded(StatusCodes.Status200OK, null, JsonSerializer.SerializeToElement(staffed.Value, ApiJson.Options), staffed.ETag), clock, cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, staffed);
    }
}
