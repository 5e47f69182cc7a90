namespace Pmo.Api.Http;

/// <summary>
/// Idempotency-Key on the POSTs that start work: the first response is recorded under the key, and a retry with the
/// same key gets that response back instead of starting the work again.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>A response worth replaying: status, Location, a JSON body, and the ETag of what it wrote when it names one.</summary>
    public sealed record Recorded(int Status, string? Location, JsonElement Body, string? ETag = null);

    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return null;
        }

        var key = values.Count == 1 ? values[0] : null;
        return key is { Length: >= 1 and <= 200 } && key.All(c => c is >= '!' and <= '~')
            ? key
            : throw ApiProblemException.BadRequest(Header, "must be 1–200 visible ASCII characters.");
    }

    public static async Task<Recorded?> FindAsync(IIdempotencyStore store, string scope, string? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (key is null)
        {
            return null;
        }

        var record = await store.FindAsync(StoreKey(scope, key), cancellationToken);
        return record is null ? null : JsonSerializer.Deserialize<Recorded>(record.Value, ApiJson.Options);
    }

    public static async Task RecordAsync(IIdempotencyStore store, string scope, string? key, Recorded response, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        if (key is not null)
        {
            // A concurrent twin may have recorded first; its response is equivalent (the work has deterministic ids).
            await store.TryAddAsync(new IdempotencyRecord(StoreKey(scope, key), JsonSerializer.Serialize(response, ApiJson.Options), clock.GetUtcNow()), cancellationToken);
        }
    }

    public static IResult Replay(Recorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return new ReplayResult(recorded);
    }

    private static string StoreKey(string scope, string key) => $"api:{scope}:{key}";

    private sealed class ReplayResult(Recorded recorded) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = recorded.Status;
            if (recorded.Location is not null)
            {
                httpContext.Response.Headers.Location = recorded.Location;
            }

            if (recorded.ETag is not null)
            {
                Preconditions.SetETag(httpContext.Response, recorded.ETag);
            }

            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            await httpContext.Response.WriteAsJsonAsync(recorded.Body, ApiJson.Options);
        }
    }
}
