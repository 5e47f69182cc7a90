using Pmo.Application.Configuration;

namespace Pmo.Api.Intake;

/// <summary>
/// /api/demands: file (integrators and the PMO), list by status, read, amend (ETag), qualify, return with a comment
/// (e-mails the requester an amend link), withdraw, and the ranking of qualified demands; /api/intake-links hands out
/// the public intake form.
/// </summary>
public static class DemandsApi
{
    public static RouteGroupBuilder MapDemandsApi(this RouteGroupBuilder api)
    {
        var demands = api.MapArea("/demands", "Demands");
        demands.MapGet("/", List).ForReaders();
        demands.MapPost("/", Create).ForWriters().Accepts<DemandContent>("application/json");
        demands.MapGet("/ranking", Ranking).ForReaders();
        demands.MapGet("/{id}", Get).ForReaders();
        demands.MapPut("/{id}", Amend).ForWriters().Accepts<DemandContent>("application/json");
        demands.MapPost("/{id}/qualify", Qualify).ForPmo();
        demands.MapPost("/{id}/return", Return).ForPmo().Accepts<DemandComment>("application/json");
        demands.MapPost("/{id}/withdraw", Withdraw).ForWriters().Accepts<DemandComment>("application/json");
        api.MapPost("/intake-links", CreateIntakeLink).WithTags("Demands").ForPmo()
            .Accepts<IntakeLinkRequest>("application/json");
        return api;
    }

    /// <summary>The PMO's comment on a return (required) or a withdrawal (optional).</summary>
    public sealed record DemandComment(string Comment = "");

    /// <summary>The language the intake form opens in (en or fr; English when absent).</summary>
    public sealed record IntakeLinkRequest(Language Language = Language.En);

    /// <summary>The public intake form's URL and when it stops working.</summary>
    public sealed record IntakeLink(string Url, DateTimeOffset ExpiresAt);

    /// <summary><c>status</c> narrows to one status (Submitted, Returned, Qualified…); all demands otherwise, by id.</summary>
    public static async Task<Ok<IReadOnlyList<Demand>>> List([FromQuery] string? status, DemandService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(RouteValues.Enum<DemandStatus>(status, "status"), cancellationToken));

    public static async Task<Ok<IReadOnlyList<RankedDemand>>> Ranking(DemandService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RankingAsync(cancellationToken));

    public static async Task<Ok<Demand>> Get(string id, DemandService service, HttpResponse response, CancellationToken cancellationToken) =>
        WithETag.Ok(response, await service.GetAsync(RouteValues.Id(id, "id"), cancellationToken));

    public static async Task<Created<Demand>> Create(HttpRequest request, DemandService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var content = await JsonBody.ReadAsync<DemandContent>(request);
        var created = await service.CreateAsync(content, Caller.Email(user), cancellationToken);
        return WithETag.Created(request.HttpContext.Response, $"/api/demands/{Uri.EscapeDataString(created.Value.Id)}", created);
    }

    /// <summary>The PMO completes a demand it is qualifying; a requester with API access amends their own.</summary>
    public static async Task<Ok<Demand>> Amend(string id, HttpRequest request, DemandService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var demandId = RouteValues.Id(id, "id");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var content = await JsonBody.ReadAsync<DemandContent>(request);
        var actor = ActorFor(user, (await service.GetAsync(demandId, cancellationToken)).Value);
        var saved = await service.AmendAsync(demandId, content, ifMatch, actor, Caller.Email(user), cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }

    public static async Task<Ok<Demand>> Qualify(string id, HttpRequest request, DemandService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var demandId = RouteValues.Id(id, "id");
        var saved = await service.QualifyAsync(demandId, Preconditions.RequireIfMatch(request), Caller.Email(user), cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }

    public static async Task<Ok<Demand>> Return(string id, HttpRequest request, DemandService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var demandId = RouteValues.Id(id, "id");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var body = await JsonBody.ReadAsync<DemandComment>(request);
        var saved = await service.ReturnAsync(demandId, ifMatch, body.Comment, Caller.Email(user), cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }

    public static async Task<Ok<Demand>> Withdraw(string id, HttpRequest request, DemandService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var demandId = RouteValues.Id(id, "id");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var body = HasBody(request) ? await JsonBody.ReadAsync<DemandComment>(request) : new DemandComment();
        var actor = ActorFor(user, (await service.GetAsync(demandId, cancellationToken)).Value);
        var saved = await service.WithdrawAsync(demandId, ifMatch, actor, Caller.Email(user), body.Comment, cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }

    public static async Task<Ok<IntakeLink>> CreateIntakeLink(
        HttpRequest request, LinkIssuer links, TimeProvider clock, IOptions<WorkflowOptions> options, ClaimsPrincipal user)
    {
        var body = HasBody(request) ? await JsonBody.ReadAsync<IntakeLinkRequest>(request) : new IntakeLinkRequest();
        var now = clock.GetUtcNow();
        return TypedResults.Ok(new IntakeLink(links.Intake(body.Language, Caller.Email(user), now), now + options.Value.IntakeLinkLifetime));
    }

    /// <summary>The PMO (admin) acts as the PMO; anyone else only on a demand they requested.</summary>
    private static DemandActor ActorFor(ClaimsPrincipal user, Demand demand)
    {
        if (Caller.IsAdmin(user))
        {
            return DemandActor.Pmo;
        }

        return string.Equals(demand.Requester.Email, Caller.Email(user), StringComparison.OrdinalIgnoreCase)
            ? DemandActor.Requester
            : throw ApiProblemException.Forbidden($"Only the requester or the PMO may change demand '{demand.Id}'.");
    }

    /// <summary>The comment bodies are optional on a withdrawal and on an intake link: no body means none.</summary>
    private static bool HasBody(HttpRequest request) => request.ContentLength > 0 || request.Headers.ContentType.Count > 0;
}
