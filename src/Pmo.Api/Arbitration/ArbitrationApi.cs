using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pmo.Api.Auth;
using Pmo.Api.Http;
using Pmo.Application.Arbitration;

namespace Pmo.Api.Arbitration;

/// <summary>/api/arbitration/sessions: the arbitration committee's sessions (agenda, votes, outcome) and their history.</summary>
public static class ArbitrationApi
{
    public static RouteGroupBuilder MapArbitrationApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var sessions = api.MapGroup("/arbitration/sessions").WithTags("Arbitration");
        sessions.MapGet("/", List).RequireAuthorization(PmoRoles.ReadPolicy);
        sessions.MapGet("/{month}", Get).RequireAuthorization(PmoRoles.ReadPolicy);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ArbitrationSessionView>>> List([FromQuery] string? limit, ArbitrationSessionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(RouteValues.Int(limit, "limit", 12, 1, 120), cancellationToken));

    public static async Task<Ok<ArbitrationSessionView>> Get(string month, ArbitrationSessionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(RouteValues.Month(month, "month"), cancellationToken));
}
