using Microsoft.AspNetCore.Http.HttpResults;
using Pmo.Api.Auth;
using Pmo.Api.Http;
using Pmo.Api.OpenApi;
using Pmo.Application.Portfolio;
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
        ArgumentNullException.ThrowIfNull(api);
        var settings = api.MapGroup("/settings").WithTags("Settings");
        settings.MapGet("/", Get).RequireAuthorization(PmoRoles.ReadPolicy);
        settings.MapPut("/", Replace).RequireAuthorization(PmoRoles.AdminPolicy).ProducesWriteProblems().Accepts<GovernanceSettings>("application/json");
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
