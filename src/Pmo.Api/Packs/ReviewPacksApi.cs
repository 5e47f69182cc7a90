namespace Pmo.Api.Packs;

/// <summary>/api/packs: monthly review packs (list, get, download html/pdf/xlsx) and running a month's review now.</summary>
public static class ReviewPacksApi
{
    public static RouteGroupBuilder MapReviewPacksApi(this RouteGroupBuilder api)
    {
        var packs = api.MapArea("/packs", "Review packs");
        packs.MapGet("/", List).ForReaders();
        packs.MapGet("/{month}", Get).ForReaders();
        packs.MapGet("/{month}/files/{format}", Download).ForReaders();
        packs.MapPost("/{month}/run", RunNow).ForPmo();
        return api;
    }

    /// <summary>The answer to a run-now: the orchestration to poll.</summary>
    public sealed record RunStarted(string Month, string InstanceId, string StatusUrl);

    public static async Task<Ok<IReadOnlyList<ReviewPack>>> List([FromQuery] string? limit, ReviewPackService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(RouteValues.Int(limit, "limit", 12, 1, 120), cancellationToken));

    public static async Task<Ok<ReviewPack>> Get(string month, ReviewPackService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await service.GetAsync(RouteValues.Month(month, "month"), cancellationToken);
        return WithETag.Ok(response, found);
    }

    public static async Task<FileStreamHttpResult> Download(string month, string format, ReviewPackService service, CancellationToken cancellationToken)
    {
        var file = await service.DownloadAsync(RouteValues.Month(month, "month"), format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    public static async Task<IResult> RunNow(
        string month, HttpRequest request, ReviewPackService service, IPortfolioStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reviewed = RouteValues.Month(month, "month");
        var key = IdempotencyKeys.Read(request);
        var scope = $"packs-run-{reviewed}";
        if (await IdempotencyKeys.FindAsync(store.Idempotency, scope, key, cancellationToken) is { } replay)
        {
            return IdempotencyKeys.Replay(replay);
        }

        var instanceId = await service.RunNowAsync(reviewed, cancellationToken);
        var statusUrl = $"/api/orchestrations/{Uri.EscapeDataString(instanceId)}";
        var body = new RunStarted(reviewed.ToString(), instanceId, statusUrl);
        await IdempotencyKeys.RecordAsync(store.Idempotency, scope, key,
            new IdempotencyKeys.Recorded(StatusCodes.Status202Accepted, statusUrl, JsonSerializer.SerializeToElement(body, ApiJson.Options)), clock, cancellationToken);
        return TypedResults.Accepted(statusUrl, body);
    }
}
