using Microsoft.AspNetCore.Http.Features;

namespace Pmo.Api.Http;

/// <summary>
/// Lowers the server's request body limit for /api to the API's own (plus room for form encoding), so the server
/// itself stops an oversized upload, whatever the host's global limit; handlers then answer 413 as problem+json.
/// A 413 also closes the connection: the rest of the body was never read, and the server would otherwise drop the
/// connection while discarding it, under a client that was told it could send its next request there.
/// </summary>
internal static class BodySizeLimit
{
    public static void UseApiBodySizeLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }

            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<PmoApiOptions>>().Value.MaxBodyBytes;
                feature.MaxRequestBodySize = Math.Min(feature.MaxRequestBodySize ?? long.MaxValue, 2L * limit);
            }

            context.Response.OnStarting(CloseAfterTooLarge, context);
            return next(context);
        });

    private static Task CloseAfterTooLarge(object state)
    {
        var response = ((HttpContext)state).Response;
        if (response.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            response.Headers.Connection = "close";
        }

        return Task.CompletedTask;
    }
}
