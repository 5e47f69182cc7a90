namespace Pmo.Api.Records;

/// <summary>/api/projects/{projectId}/risks|issues|decisions: one set of routes for a project's three kinds of records.</summary>
public static class ProjectRecordsApi
{
    public static RouteGroupBuilder MapProjectRecordsApi(this RouteGroupBuilder api)
    {
        Map<Risk>(api, "risks", "Risks");
        Map<ProjectIssue>(api, "issues", "Issues");
        Map<Decision>(api, "decisions", "Decisions");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<T>>> List<T>(string projectId, IProjectRecordService<T> service, CancellationToken cancellationToken)
        where T : IAggregate =>
        TypedResults.Ok(await service.ListAsync(RouteValues.Id(projectId, "projectId"), cancellationToken));

    public static async Task<Ok<T>> Get<T>(string projectId, string id, IProjectRecordService<T> service, HttpResponse response, CancellationToken cancellationToken)
        where T : IAggregate
    {
        var found = await service.GetAsync(RouteValues.Id(projectId, "projectId"), RouteValues.Id(id, "id"), cancellationToken);
        return WithETag.Ok(response, found);
    }

    public static async Task<Created<T>> Create<T>(string projectId, HttpRequest request, IProjectRecordService<T> service, CancellationToken cancellationToken)
        where T : IAggregate
    {
        var project = RouteValues.Id(projectId, "projectId");
        var record = await JsonBody.ReadAsync<T>(request);
        RouteValues.Id(record.Id, "id");
        var created = await service.CreateAsync(project, record, cancellationToken);
        return WithETag.Created(request.HttpContext.Response, $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{Uri.EscapeDataString(created.Value.Id)}", created);
    }

    public static async Task<Ok<T>> Replace<T>(string projectId, string id, HttpRequest request, IProjectRecordService<T> service, CancellationToken cancellationToken)
        where T : IAggregate
    {
        var project = RouteValues.Id(projectId, "projectId");
        var recordId = RouteValues.Id(id, "id");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var record = await JsonBody.ReadAsync<T>(request);
        var saved = await service.ReplaceAsync(project, recordId, record, ifMatch, cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }

    private static void Map<T>(RouteGroupBuilder api, string segment, string tag)
        where T : IAggregate
    {
        var group = api.MapGroup($"/projects/{{projectId}}/{segment}").WithTags(tag).AddEndpointFilter<ProjectOwnershipFilter>();
        group.MapGet("/", List<T>).ForReaders();
        group.MapPost("/", Create<T>).ForWriters().Accepts<T>("application/json");
        group.MapGet("/{id}", Get<T>).ForReaders();
        group.MapPut("/{id}", Replace<T>).ForWriters().Accepts<T>("application/json");
    }
}
