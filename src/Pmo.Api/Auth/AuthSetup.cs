using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Pmo.Api.Auth;

/// <summary>
/// API keys always; Entra ID bearer tokens only when configured. A policy scheme picks the handler per request
/// from the Authorization header, so both can be used against the same routes.
/// </summary>
internal static class AuthSetup
{
    private const string Selector = "Pmo";

    public static void AddPmoAuth(this IServiceCollection services, EntraIdOptions entraId)
    {
        services.AddSingleton<DashboardCookie>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        var builder = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, "API key or bearer token", o =>
                o.ForwardDefaultSelector = context =>
                    entraId.IsConfigured && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        if (entraId.IsConfigured)
        {
            builder.AddJwtBearer(o =>
            {
                o.Authority = entraId.Authority;
                o.Audience = entraId.Audience;
                o.MapInboundClaims = false;

                // Entra ID puts app roles in the "roles" claim.
                o.TokenValidationParameters.RoleClaimType = "roles";
                o.TokenValidationParameters.NameClaimType = "preferred_username";
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(PmoRoles.ReadPolicy, p => p.RequireAuthenticatedUser().RequireRole(PmoRoles.Admin, PmoRoles.Reader, PmoRoles.ProjectManager))
            .AddPolicy(PmoRoles.WritePolicy, p => p.RequireAuthenticatedUser().RequireRole(PmoRoles.Admin, PmoRoles.ProjectManager))
            .AddPolicy(PmoRoles.AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(PmoRoles.Admin));
    }
}
