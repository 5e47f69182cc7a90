namespace Pmo.Api.Arbitration;

/// <summary>/api/arbitration/sessions: the arbitration committee's sessions (agenda, votes, outcome) and their history.</summary>
public static class ArbitrationApi
{
    public static RouteGroupBuilder MapArbitrationApi(this RouteGroupBuilder api)
    {
        var sessions = api.MapArea("/arbitration/sessions", "Arbitration");
        sessions.MapGet("/", List).ForReaders();
        sessions.MapGet("/{month}", Get).ForReaders();
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ArbitrationSessionView>>> List([FromQuery] string? limit, ArbitrationSessionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(RouteValues.Int(limit, "limit", 12, 1, 120), cancellationToken));

    public static async Task<Ok<ArbitrationSessionView>> Get(string month, ArbitrationSessionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(RouteValues.Month(month, "month"), cancellationToken));
}
