using Pmo.Domain.Governance;

namespace Pmo.Api.Settings;

/// <summary>
/// /api/settings: the governance calendar settings. GET returns the defaults (no ETag) until someone saves;
/// the first PUT goes without If-Match, every later one needs the ETag read.
/// </summary>
public static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this RouteGroupBuilder api)
    {
        var settings = api.MapArea("/settings", "Settings");
        settings.MapGet("/", Get).ForReaders();
        settings.MapPut("/", Replace).ForPmo().Accepts<GovernanceSettings>("application/json");
        return api;
    }

    public static async Task<Ok<GovernanceSettings>> Get(SettingsService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var (settings, etag) = await service.GetAsync(cancellationToken);
        return WithETag.Ok(response, settings, etag);
    }

    public static async Task<Ok<GovernanceSettings>> Replace(HttpRequest request, SettingsService service, CancellationToken cancellationToken)
    {
        var ifMatch = Preconditions.IfMatch(request);
        var settings = await JsonBody.ReadAsync<GovernanceSettings>(request);
        var saved = await service.ReplaceAsync(settings, ifMatch, cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }
}
