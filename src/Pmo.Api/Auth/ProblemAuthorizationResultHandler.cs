using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Pmo.Api.Auth;

/// <summary>401 and 403 from the authorization middleware as problem+json, like every other error of the API.</summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            // A person opening the dashboard in a browser is sent to sign in rather than shown JSON.
            if (context.Request.Path.StartsWithSegments("/api/dashboard", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Redirect("/api/dashboard/signin");
                return;
            }

            context.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\", Bearer";
            await ProblemMapper.Problem(StatusCodes.Status401Unauthorized, "Authentication is required.", "Send a valid X-Api-Key header or bearer token.").ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await ProblemMapper.Problem(StatusCodes.Status403Forbidden, "You may not do this.", "Your role does not allow this operation.").ExecuteAsync(context);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
