using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Pmo.Api.Http;

/// <summary>
/// Lowers the server's request body limit for /api to the API's own (plus room for form encoding), so the server
/// itself stops an oversized upload, whatever the host's global limit; handlers then answer 413 as problem+json.
/// </summary>
internal static class BodySizeLimit
{
    public static void UseApiBodySizeLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false } && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<PmoApiOptions>>().Value.MaxBodyBytes;
                feature.MaxRequestBodySize = Math.Min(feature.MaxRequestBodySize ?? long.MaxValue, 2L * limit);
            }

            return next(context);
        });
}
