namespace Pmo.Functions.Http;

/// <summary>/api/projects/{projectId}/updates: a project's weekly status updates.</summary>
public sealed class StatusUpdatesFunctions(ApiEndpoints api)
{
    private const string Updates = "projects/{projectId}/updates";
    private const string Update = "projects/{projectId}/updates/{week}";

    [Function(nameof(ListStatusUpdates))]
    public IResult ListStatusUpdates([HttpTrigger(AuthorizationLevel.Function, "get", Route = Updates)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Updates);

    [Function(nameof(GetStatusUpdate))]
    public IResult GetStatusUpdate([HttpTrigger(AuthorizationLevel.Function, "get", Route = Update)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Update);

    [Function(nameof(PutStatusUpdate))]
    public IResult PutStatusUpdate([HttpTrigger(AuthorizationLevel.Function, "put", Route = Update)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Update);
}
