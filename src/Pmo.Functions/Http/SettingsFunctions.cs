namespace Pmo.Functions.Http;

/// <summary>/api/settings: the governance settings.</summary>
public sealed class SettingsFunctions(ApiEndpoints api)
{
    private const string Settings = "settings";

    [Function(nameof(GetSettings))]
    public IResult GetSettings([HttpTrigger(AuthorizationLevel.Function, "get", Route = Settings)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Settings);

    [Function(nameof(ReplaceSettings))]
    public IResult ReplaceSettings([HttpTrigger(AuthorizationLevel.Function, "put", Route = Settings)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Settings);
}
