using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pmo.Api.Auth;
using Pmo.Api.Http;
using Pmo.Api.OpenApi;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Storage;
using Pmo.Workflows.Portfolio;

namespace Pmo.Api.Projects;

/// <summary>/api/projects: list with filters and paging, get, create, replace, merge-patch, close.</summary>
public static class ProjectsApi
{
    public const string MergePatchJson = "application/merge-patch+json";

    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("/", List).RequireAuthorization(PmoRoles.ReadPolicy);
        projects.MapPost("/", Create).RequireAuthorization(PmoRoles.WritePolicy).ProducesWriteProblems().Accepts<Project>("application/json");

        var project = projects.MapGroup("/{projectId}").AddEndpointFilter<ProjectOwnershipFilter>();
        project.MapGet("/", Get).RequireAuthorization(PmoRoles.ReadPolicy);
        project.MapPut("/", Replace).RequireAuthorization(PmoRoles.WritePolicy).ProducesWriteProblems().Accepts<Project>("application/json");
        project.MapPatch("/", Patch).RequireAuthorization(PmoRoles.WritePolicy).ProducesWriteProblems().Accepts<Project>(MergePatchJson);
        project.MapPost("/close", Close).RequireAuthorization(PmoRoles.WritePolicy).ProducesWriteProblems();
        return api;
    }

    /// <summary>A page of projects; pass <c>continuationToken</c> back as <c>continuation</c> for the next page.</summary>
    public sealed record ProjectPage(IReadOnlyList<Project> Items, string? ContinuationToken);

    public static async Task<Ok<ProjectPage>> List(
        ProjectService service,
        [FromQuery] string? phase,
        [FromQuery] string? active,
        [FromQuery] string? portfolio,
        [FromQuery] string? manager,
        [FromQuery] string? rag,
        [FromQuery] string? q,
        [FromQuery] string? pageSize,
        [FromQuery] string? continuation,
        CancellationToken cancellationToken)
    {
        var query = new ProjectQuery
        {
            Phase = RouteValues.Enum<ProjectPhase>(phase, "phase"),
            ActiveOnly = RouteValues.Bool(active, "active"),
            Portfolio = RouteValues.Text(portfolio, "portfolio"),
            ManagerEmail = RouteValues.Text(manager, "manager", 254),
            LatestRag = RouteValues.Enum<Rag>(rag, "rag"),
            Text = RouteValues.Text(q, "q"),
            PageSize = RouteValues.Int(pageSize, "pageSize", 50, 1, ProjectService.MaxPageSize),
            ContinuationToken = RouteValues.Text(continuation, "continuation", 1000),
        };
        var page = await service.ListAsync(query, cancellationToken);
        return TypedResults.Ok(new ProjectPage(page.Items, page.ContinuationToken));
    }

    public static async Task<Ok<Project>> Get(string projectId, ProjectService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await service.GetAsync(RouteValues.Id(projectId, "projectId"), cancellationToken);
        Preconditions.SetETag(response, found.ETag);
        return TypedResults.Ok(found.Value);
    }

    public static async Task<Created<Project>> Create(HttpRequest request, ProjectService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var project = await JsonBody.ReadAsync<Project>(request);
        RouteValues.Id(project.Id, "id");
        Caller.EnsureMayTouch(user, project);
        var created = await service.CreateAsync(project, cancellationToken);
        Preconditions.SetETag(request.HttpContext.Response, created.ETag);
        return TypedResults.Created($"/api/projects/{Uri.EscapeDataString(created.Value.Id)}", created.Value);
    }

    public static async Task<Ok<Project>> Replace(string projectId, HttpRequest request, ProjectService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(projectId, "projectId");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var project = await JsonBody.ReadAsync<Project>(request);

        // A manager must not hand the project to someone else by accident: the new version must still be theirs.
        Caller.EnsureMayTouch(user, project);
        var saved = await service.ReplaceAsync(id, project, ifMatch, cancellationToken);
        Preconditions.SetETag(request.HttpContext.Response, saved.ETag);
        return TypedResults.Ok(saved.Value);
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
        Preconditions.SetETag(request.HttpContext.Response, saved.ETag);
        return TypedResults.Ok(saved.Value);
    }

    public static async Task<Ok<Project>> Close(string projectId, HttpRequest request, ProjectService service, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(projectId, "projectId");
        var saved = await service.CloseAsync(id, Preconditions.RequireIfMatch(request), cancellationToken);
        Preconditions.SetETag(request.HttpContext.Response, saved.ETag);
        return TypedResults.Ok(saved.Value);
    }
}
