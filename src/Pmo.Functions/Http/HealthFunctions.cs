namespace Pmo.Functions.Http;

/// <summary>/api/health (anonymous liveness reading the store) and /api/openapi.json (the API's description).</summary>
public sealed class HealthFunctions(ApiEndpoints api)
{
    private const string Health = "health";
    private const string OpenApi = "openapi.json";

    [Function(nameof(GetHealth))]
    public IResult GetHealth([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Health)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Health);

    [Function(nameof(GetOpenApiDocument))]
    public IResult GetOpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OpenApi)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", OpenApi);
}
