namespace Pmo.Api.Problems;

/// <summary>Applied once on the /api group: turns every client mistake a handler or filter throws into problem+json.</summary>
internal sealed class ProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ProblemMapper.TryMap(ex) is not null && !context.HttpContext.Response.HasStarted)
        {
            // A handler may have set an ETag before failing; the problem must not carry it.
            context.HttpContext.Response.Headers.ETag = default;
            return ProblemMapper.TryMap(ex);
        }
    }
}
