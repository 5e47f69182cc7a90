namespace Pmo.Api.Projects;

/// <summary>/api/projects: list with filters and paging, get, create, replace, merge-patch, close.</summary>
public static class ProjectsApi
{
    public const string MergePatchJson = "application/merge-patch+json";

    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        var projects = api.MapArea("/projects", "Projects");
        projects.MapGet("/", List).ForReaders();
        projects.MapPost("/", Create).ForWriters().Accepts<Project>("application/json");

        var project = projects.MapGroup("/{projectId}").AddEndpointFilter<ProjectOwnershipFilter>();
        project.MapGet("/", Get).ForReaders();
        project.MapPut("/", Replace).ForWriters().Accepts<Project>("application/json");
        project.MapPatch("/", Patch).ForWriters().Accepts<Project>(MergePatchJson);
        project.MapPost("/close", Close).ForWriters();
        return api;
    }

    /// <summary>A page of projects; pass <c>continuationToken</c> back as <c>continuation</c> for the next page.</summary>
    public sealed record ProjectPage(IReadOnlyList<Project> Items, string? ContinuationToken);

    public static async Task<Ok<ProjectPage>> List(ProjectService service, [AsParameters] ProjectListParameters parameters, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery();
        var page = await service.ListAsync(query, cancellationToken);
        return TypedResults.Ok(new ProjectPage(page.Items, page.ContinuationToken));
    }

    public static async Task<Ok<Project>> Get(string projectId, ProjectService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await service.GetAsync(RouteValues.Id(projectId, "projectId"), cancellationToken);
        return WithETag.Ok(response, found);
    }

    public static async Task<Created<Project>> Create(HttpRequest request, ProjectService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var project = await JsonBody.ReadAsync<Project>(request);
        RouteValues.Id(project.Id, "id");
        Caller.EnsureMayTouch(user, project);
        var created = await service.CreateAsync(project, cancellationToken);
        return WithETag.Created(request.HttpContext.Response, $"/api/projects/{Uri.EscapeDataString(created.Value.Id)}", created);
    }

    public static async Task<Ok<Project>> Replace(string projectId, HttpRequest request, ProjectService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(projectId, "projectId");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var project = await JsonBody.ReadAsync<Project>(request);

        // A manager must not hand the project to someone else by accident: the new version must still be theirs.
        Caller.EnsureMayTouch(user, project);
        var saved = await service.ReplaceAsync(id, project, ifMatch, cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }

    public static async Task<Ok<Project>> Patch(string projectId, HttpRequest request, ProjectService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(projectId, "projectId");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var patch = await JsonBody.ReadObjectAsync(request, MergePatchJson);
        var saved = await service.PatchAsync(id, current =>
        {
            var patched = JsonBody.Deserialize<Project>(MergePatch.Apply(current, patch));
            Caller.EnsureMayTouch(user, patched);
            return patched;
        }, ifMatch, cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }

    public static async Task<Ok<Project>> Close(string projectId, HttpRequest request, ProjectService service, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(projectId, "projectId");
        var saved = await service.CloseAsync(id, Preconditions.RequireIfMatch(request), cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }
}
