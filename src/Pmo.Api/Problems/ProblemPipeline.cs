using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;

namespace Pmo.Api.Problems;

/// <summary>
/// Middleware for what happens outside a handler: errors thrown before the endpoint filter runs (form binding, body
/// limits) and bare status codes from routing (404 for an unknown path, 405 for a wrong method) become problem+json.
/// </summary>
internal static class ProblemPipeline
{
    public static void UseApiProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ProblemMapper.TryMap(ex)?.StatusCode ?? StatusCodes.Status500InternalServerError,
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var problem = (error is null ? null : ProblemMapper.TryMap(error))
                    ?? ProblemMapper.Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.");
                await problem.ExecuteAsync(context);
            },
        });

        app.UseStatusCodePages(async statusContext =>
        {
            var http = statusContext.HttpContext;
            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                var problem = http.Response.StatusCode switch
                {
                    404 => ProblemMapper.ForStatus(404, "No resource at this address."),
                    405 => ProblemMapper.ForStatus(405, "This address does not accept this method."),
                    var status => ProblemMapper.ForStatus(status),
                };
                await problem.ExecuteAsync(http);
            }
        });
    }
}
