namespace Pmo.Functions.Http;

/// <summary>/api/portfolio: summary, KPIs, prioritised list.</summary>
public sealed class PortfolioFunctions(ApiEndpoints api)
{
    private const string Summary = "portfolio/summary";
    private const string Kpis = "portfolio/kpis";
    private const string Prioritised = "portfolio/prioritised";

    [Function(nameof(GetPortfolioSummary))]
    public IResult GetPortfolioSummary([HttpTrigger(AuthorizationLevel.Function, "get", Route = Summary)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Summary);

    [Function(nameof(GetPortfolioKpis))]
    public IResult GetPortfolioKpis([HttpTrigger(AuthorizationLevel.Function, "get", Route = Kpis)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Kpis);

    [Function(nameof(GetPortfolioPrioritised))]
    public IResult GetPortfolioPrioritised([HttpTrigger(AuthorizationLevel.Function, "get", Route = Prioritised)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Prioritised);
}
