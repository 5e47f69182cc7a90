namespace Pmo.Functions.Http;

/// <summary>/api/escalations: list, get, raise by hand.</summary>
public sealed class EscalationsFunctions(ApiEndpoints api)
{
    private const string Escalations = "escalations";
    private const string Escalation = "escalations/{id}";

    [Function(nameof(ListEscalations))]
    public IResult ListEscalations([HttpTrigger(AuthorizationLevel.Function, "get", Route = Escalations)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Escalations);

    [Function(nameof(GetEscalation))]
    public IResult GetEscalation([HttpTrigger(AuthorizationLevel.Function, "get", Route = Escalation)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Escalation);

    [Function(nameof(RaiseEscalation))]
    public IResult RaiseEscalation([HttpTrigger(AuthorizationLevel.Function, "post", Route = Escalations)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Escalations);
}
