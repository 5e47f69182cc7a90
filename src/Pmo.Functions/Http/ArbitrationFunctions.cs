namespace Pmo.Functions.Http;

/// <summary>/api/arbitration/sessions: the arbitration committee's sessions and their history.</summary>
public sealed class ArbitrationFunctions(ApiEndpoints api)
{
    private const string Sessions = "arbitration/sessions";
    private const string Session = "arbitration/sessions/{month}";

    [Function(nameof(ListArbitrationSessions))]
    public IResult ListArbitrationSessions([HttpTrigger(AuthorizationLevel.Function, "get", Route = Sessions)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Sessions);

    [Function(nameof(GetArbitrationSession))]
    public IResult GetArbitrationSession([HttpTrigger(AuthorizationLevel.Function, "get", Route = Session)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Session);
}
