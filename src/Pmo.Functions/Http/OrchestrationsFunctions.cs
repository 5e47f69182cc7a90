namespace Pmo.Functions.Http;

/// <summary>/api/orchestrations/{instanceId}: where a started workflow stands.</summary>
public sealed class OrchestrationsFunctions(ApiEndpoints api)
{
    private const string Orchestration = "orchestrations/{instanceId}";

    [Function(nameof(GetOrchestration))]
    public IResult GetOrchestration([HttpTrigger(AuthorizationLevel.Function, "get", Route = Orchestration)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Orchestration);
}
