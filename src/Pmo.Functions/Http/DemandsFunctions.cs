namespace Pmo.Functions.Http;

/// <summary>/api/demands (file, list, read, amend, qualify, return, withdraw, ranking) and /api/intake-links.</summary>
public sealed class DemandsFunctions(ApiEndpoints api)
{
    private const string Demands = "demands";
    private const string Demand = "demands/{id}";
    private const string Ranking = "demands/ranking";
    private const string Qualify = "demands/{id}/qualify";
    private const string Return = "demands/{id}/return";
    private const string Withdraw = "demands/{id}/withdraw";
    private const string IntakeLinks = "intake-links";

    [Function(nameof(ListDemands))]
    public IResult ListDemands([HttpTrigger(AuthorizationLevel.Function, "get", Route = Demands)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Demands);

    [Function(nameof(CreateDemand))]
    public IResult CreateDemand([HttpTrigger(AuthorizationLevel.Function, "post", Route = Demands)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Demands);

    [Function(nameof(RankDemands))]
    public IResult RankDemands([HttpTrigger(AuthorizationLevel.Function, "get", Route = Ranking)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Ranking);

    [Function(nameof(GetDemand))]
    public IResult GetDemand([HttpTrigger(AuthorizationLevel.Function, "get", Route = Demand)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Demand);

    [Function(nameof(AmendDemand))]
    public IResult AmendDemand([HttpTrigger(AuthorizationLevel.Function, "put", Route = Demand)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Demand);

    [Function(nameof(QualifyDemand))]
    public IResult QualifyDemand([HttpTrigger(AuthorizationLevel.Function, "post", Route = Qualify)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Qualify);

    [Function(nameof(ReturnDemand))]
    public IResult ReturnDemand([HttpTrigger(AuthorizationLevel.Function, "post", Route = Return)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Return);

    [Function(nameof(WithdrawDemand))]
    public IResult WithdrawDemand([HttpTrigger(AuthorizationLevel.Function, "post", Route = Withdraw)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Withdraw);

    [Function(nameof(CreateIntakeLink))]
    public IResult CreateIntakeLink([HttpTrigger(AuthorizationLevel.Function, "post", Route = IntakeLinks)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", IntakeLinks);
}
