namespace Pmo.Functions.Http;

/// <summary>/api/projects/{projectId}/risks, /issues and /decisions: a project's registers.</summary>
public sealed class ProjectRecordsFunctions(ApiEndpoints api)
{
    private const string Risks = "projects/{projectId}/risks";
    private const string Risk = "projects/{projectId}/risks/{id}";
    private const string Issues = "projects/{projectId}/issues";
    private const string Issue = "projects/{projectId}/issues/{id}";
    private const string Decisions = "projects/{projectId}/decisions";
    private const string Decision = "projects/{projectId}/decisions/{id}";

    [Function(nameof(ListRisks))]
    public IResult ListRisks([HttpTrigger(AuthorizationLevel.Function, "get", Route = Risks)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Risks);

    [Function(nameof(CreateRisk))]
    public IResult CreateRisk([HttpTrigger(AuthorizationLevel.Function, "post", Route = Risks)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Risks);

    [Function(nameof(GetRisk))]
    public IResult GetRisk([HttpTrigger(AuthorizationLevel.Function, "get", Route = Risk)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Risk);

    [Function(nameof(ReplaceRisk))]
    public IResult ReplaceRisk([HttpTrigger(AuthorizationLevel.Function, "put", Route = Risk)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Risk);

    [Function(nameof(ListIssues))]
    public IResult ListIssues([HttpTrigger(AuthorizationLevel.Function, "get", Route = Issues)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Issues);

    [Function(nameof(CreateIssue))]
    public IResult CreateIssue([HttpTrigger(AuthorizationLevel.Function, "post", Route = Issues)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Issues);

    [Function(nameof(GetIssue))]
    public IResult GetIssue([HttpTrigger(AuthorizationLevel.Function, "get", Route = Issue)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Issue);

    [Function(nameof(ReplaceIssue))]
    public IResult ReplaceIssue([HttpTrigger(AuthorizationLevel.Function, "put", Route = Issue)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Issue);

    [Function(nameof(ListDecisions))]
    public IResult ListDecisions([HttpTrigger(AuthorizationLevel.Function, "get", Route = Decisions)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Decisions);

    [Function(nameof(CreateDecision))]
    public IResult CreateDecision([HttpTrigger(AuthorizationLevel.Function, "post", Route = Decisions)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Decisions);

    [Function(nameof(GetDecision))]
    public IResult GetDecision([HttpTrigger(AuthorizationLevel.Function, "get", Route = Decision)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Decision);

    [Function(nameof(ReplaceDecision))]
    public IResult ReplaceDecision([HttpTrigger(AuthorizationLevel.Function, "put", Route = Decision)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Decision);
}
