namespace Pmo.Api.Health;

/// <summary>/api/health: anonymous liveness that also reads the store, so a broken database shows as 503.</summary>
public static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this RouteGroupBuilder api)
    {
        api.MapGet("/health", Get).WithTags("Health").AllowAnonymous();
        return api;
    }

    public sealed record HealthReport(string Status, string Tenant);

    public static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> Get(IPortfolioStore store, CancellationToken cancellationToken)
    {
        try
        {
            await store.Settings.FindAsync(cancellationToken);
            return TypedResults.Ok(new HealthReport("ok", store.TenantId));
        }
#pragma warning disable CA1031 // Any store failure means "unhealthy"; the problem says so instead of a bare 500.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Problems.ProblemMapper.Problem(StatusCodes.Status503ServiceUnavailable, "The store is unavailable.", ex.GetType().Name);
        }
    }
}
