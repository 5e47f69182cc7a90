namespace Pmo.Functions.Http;

/// <summary>/api/projects: list, create, get, replace, merge-patch, close.</summary>
public sealed class ProjectsFunctions(ApiEndpoints api)
{
    private const string Projects = "projects";
    private const string Project = "projects/{projectId}";
    private const string Close = "projects/{projectId}/close";

    [Function(nameof(ListProjects))]
    public IResult ListProjects([HttpTrigger(AuthorizationLevel.Function, "get", Route = Projects)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Projects);

    [Function(nameof(CreateProject))]
    public IResult CreateProject([HttpTrigger(AuthorizationLevel.Function, "post", Route = Projects)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Projects);

    [Function(nameof(GetProject))]
    public IResult GetProject([HttpTrigger(AuthorizationLevel.Function, "get", Route = Project)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Project);

    [Function(nameof(ReplaceProject))]
    public IResult ReplaceProject([HttpTrigger(AuthorizationLevel.Function, "put", Route = Project)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Project);

    [Function(nameof(PatchProject))]
    public IResult PatchProject([HttpTrigger(AuthorizationLevel.Function, "patch", Route = Project)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PATCH", Project);

    [Function(nameof(CloseProject))]
    public IResult CloseProject([HttpTrigger(AuthorizationLevel.Function, "post", Route = Close)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Close);
}
