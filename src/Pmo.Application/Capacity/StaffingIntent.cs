using System.Text.Json.Serialization;

namespace Pmo.Application.Capacity;

/// <summary>
/// What a staffing decided before its first write, recorded under its Idempotency-Key and the If-Match it was sent with:
/// the manager the project had (so a retry still knows whether the PM changed, once the project write has landed), and
/// the decision-log entry's id and time (so a retry rewrites the same entry). Without a key nothing is recorded and a
/// failed call is simply made again with the project's new ETag.
/// </summary>
internal sealed record StaffingIntent(Contact PreviousManager, DateTimeOffset At, string DecisionId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>True when the intent was found recorded: this call repeats one that may have written already.</summary>
    [JsonIgnore]
    public bool IsRetry { get; init; }

    /// <summary>
    /// The recorded intent of this (project, key, If-Match), or a new one, recorded when a key is given. A new one needs
    /// <paramref name="ifMatch"/> to be the project's current version: a stale ETag is a 412 before anything is written.
    /// </summary>
    public static async Task<StaffingIntent> BeginAsync(
        IIdempotencyStore store, Versioned<Project> current, string ifMatch, string? idempotencyKey, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = idempotencyKey is null ? null : KeyFor(current.Value.Id, idempotencyKey, ifMatch);
        if (key is not null && await store.FindAsync(key, cancellationToken) is { } recorded)
        {
            return Read(recorded);
        }

        if (!ETags.Same(current.ETag, ifMatch))
        {
            throw new ConcurrencyException(ProjectService.Kind, current.Value.Id);
        }

        var now = clock.GetUtcNow();
        var suffix = key is null ? Guid.NewGuid().ToString("N")[..12] : Hash(key)[..12];
        var intent = new StaffingIntent(current.Value.Manager, now, $"{current.Value.Id}-team-{suffix}");
        if (key is not null && !await store.TryAddAsync(new IdempotencyRecord(key, JsonSerializer.Serialize(intent, Json), now), cancellationToken))
        {
            // A concurrent twin recorded first: follow its intent, so both write the same decision.
            return Read((await store.FindAsync(key, cancellationToken))!);
        }

        return intent;
    }

    /// <summary>Hashed, so any visible character of the client's key is safe as a store id.</summary>
    private static string KeyFor(string projectId, string idempotencyKey, string ifMatch) =>
        $"staffing:{projectId}:{Hash($"{idempotencyKey}\n{ETags.Unquote(ifMatch)}")[..32]}";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static StaffingIntent Read(IdempotencyRecord record) =>
        (JsonSerializer.Deserialize<StaffingIntent>(record.Value, Json) ?? throw new InvalidOperationException($"Unreadable staffing intent '{record.Key}'.")) with { IsRetry = true };
}
