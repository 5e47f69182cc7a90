namespace Pmo.Api.Escalations;

/// <summary>/api/escalations: list, get, and raise by hand (starts the escalation orchestration; honours Idempotency-Key).</summary>
public static class EscalationsApi
{
    public static RouteGroupBuilder MapEscalationsApi(this RouteGroupBuilder api)
    {
        var escalations = api.MapArea("/escalations", "Escalations");
        escalations.MapGet("/", List).ForReaders();
        escalations.MapGet("/{id}", Get).ForReaders();
        escalations.MapPost("/", Raise).ForWriters().Accepts<RaiseEscalation>("application/json");
        return api;
    }

    /// <summary><c>status=open</c> (default) or <c>all</c>; <c>projectId</c> narrows to one project.</summary>
    public static async Task<Ok<IReadOnlyList<Escalation>>> List(
        [FromQuery] string? status, [FromQuery] string? projectId, EscalationService service, CancellationToken cancellationToken)
    {
        var openOnly = status switch
        {
            null or "" or "open" => true,
            "all" => false,
            _ => throw Problems.ApiProblemException.BadRequest("status", "must be open or all."),
        };
        var project = string.IsNullOrEmpty(projectId) ? null : RouteValues.Id(projectId, "projectId");
        return TypedResults.Ok(await service.ListAsync(openOnly, project, cancellationToken));
    }

    public static async Task<Ok<Escalation>> Get(string id, EscalationService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await service.GetAsync(RouteValues.Id(id, "id"), cancellationToken);
        return WithETag.Ok(response, found);
    }

    public static async Task<IResult> Raise(
        HttpRequest request, EscalationService service, ProjectService projects, IPortfolioStore store, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var key = IdempotencyKeys.Read(request);
        if (await IdempotencyKeys.FindAsync(store.Idempotency, "escalations", key, cancellationToken) is { } replay)
        {
            return IdempotencyKeys.Replay(replay);
        }

        var input = await JsonBody.ReadAsync<RaiseEscalation>(request);
        if (!Caller.IsAdmin(user))
        {
            Caller.EnsureMayTouch(user, (await projects.GetAsync(RouteValues.Id(input.ProjectId, "projectId"), cancellationToken)).Value);
        }

        var (escalation, _) = await service.RaiseAsync(input, Caller.Email(user), key, cancellationToken);
        var location = $"/api/escalations/{Uri.EscapeDataString(escalation.Value.Id)}";
        await IdempotencyKeys.RecordAsync(store.Idempotency, "escalations", key,
            new IdempotencyKeys.Recorded(StatusCodes.Status201Created, location, JsonSerializer.SerializeToElement(escalation.Value, ApiJson.Options)), clock, cancellationToken);
        return WithETag.Created(request.HttpContext.Response, location, escalation);
    }
}
