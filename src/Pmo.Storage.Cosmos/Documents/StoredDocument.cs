using System.Text.Json.Serialization;

namespace Pmo.Storage.Cosmos.Documents;

/// <summary>
/// What the container holds for one aggregate: the envelope Cosmos needs (id, partition key), the kind, the few
/// fields queries filter and sort on (<see cref="Query"/>, derived from the aggregate on every write), and the
/// aggregate itself, untouched, under "data".
/// </summary>
internal sealed record StoredDocument<T>
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName(ContainerLayout.PartitionKeyProperty)]
    public required string TenantId { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("q")]
    public required IReadOnlyDictionary<string, object?> Query { get; init; }

    [JsonPropertyName("data")]
    public required T Data { get; init; }

    /// <summary>
    /// The store's own version, for kinds whose ETag must not change with bookkeeping writes (a status update's
    /// delivered mark): then it is the ETag clients see instead of Cosmos's <c>_etag</c>. Absent for other kinds.
    /// </summary>
    [JsonPropertyName("v")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }
}

/// <summary>The part of a stored document a read needs: the aggregate and its version.</summary>
internal sealed record StoredData<T>
{
    [JsonPropertyName("data")]
    public required T Data { get; init; }

    [JsonPropertyName("_etag")]
    public required string ETag { get; init; }

    [JsonPropertyName("v")]
    public string? Version { get; init; }
}
