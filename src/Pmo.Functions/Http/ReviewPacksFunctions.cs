namespace Pmo.Functions.Http;

/// <summary>/api/packs: monthly review packs, their files, and running one now.</summary>
public sealed class ReviewPacksFunctions(ApiEndpoints api)
{
    private const string Packs = "packs";
    private const string Pack = "packs/{month}";
    private const string PackFile = "packs/{month}/files/{format}";
    private const string PackRun = "packs/{month}/run";

    [Function(nameof(ListReviewPacks))]
    public IResult ListReviewPacks([HttpTrigger(AuthorizationLevel.Function, "get", Route = Packs)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Packs);

    [Function(nameof(GetReviewPack))]
    public IResult GetReviewPack([HttpTrigger(AuthorizationLevel.Function, "get", Route = Pack)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Pack);

    [Function(nameof(DownloadReviewPackFile))]
    public IResult DownloadReviewPackFile([HttpTrigger(AuthorizationLevel.Function, "get", Route = PackFile)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", PackFile);

    [Function(nameof(RunReviewPack))]
    public IResult RunReviewPack([HttpTrigger(AuthorizationLevel.Function, "post", Route = PackRun)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", PackRun);
}
