namespace Pmo.Functions.Http;

/// <summary>/api/dashboard: the PMO's server-rendered dashboard, its capacity page, its sign-in form and the outbox viewer.</summary>
public sealed class DashboardFunctions(ApiEndpoints api)
{
    private const string Dashboard = "dashboard";
    private const string SignIn = "dashboard/signin";
    private const string Capacity = "dashboard/capacity";
    private const string OutboxMessage = "dashboard/outbox/{fileName}";

    [Function(nameof(ShowDashboard))]
    public IResult ShowDashboard([HttpTrigger(AuthorizationLevel.Function, "get", Route = Dashboard)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Dashboard);

    [Function(nameof(ShowCapacityDashboard))]
    public IResult ShowCapacityDashboard([HttpTrigger(AuthorizationLevel.Function, "get", Route = Capacity)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Capacity);

    [Function(nameof(ShowDashboardSignIn))]
    public IResult ShowDashboardSignIn([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SignIn)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", SignIn);

    [Function(nameof(DashboardSignIn))]
    public IResult DashboardSignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SignIn)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", SignIn);

    [Function(nameof(ShowOutboxMessage))]
    public IResult ShowOutboxMessage([HttpTrigger(AuthorizationLevel.Function, "get", Route = OutboxMessage)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", OutboxMessage);
}
