namespace Pmo.Api.Auth;

/// <summary>
/// Applied to the writes under /projects/{projectId}: a project manager may only change the projects they manage.
/// Reads pass through (the whole portfolio is visible to every role).
/// </summary>
internal sealed class ProjectOwnershipFilter(ProjectService projects) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !Caller.IsAdmin(http.User))
        {
            var id = RouteValues.Id(http.Request.RouteValues["projectId"] as string, "projectId");
            var project = await projects.GetAsync(id, http.RequestAborted);
            Caller.EnsureMayTouch(http.User, project.Value);
        }

        return await next(context);
    }
}
