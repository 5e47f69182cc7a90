using System.Net;
using Pmo.Storage.Cosmos.Serialization;
using Pmo.Storage.Cosmos.Setup;

namespace Pmo.Storage.Cosmos.Documents;

/// <summary>
/// Every request the store makes, for one tenant's logical partition: point operations by id (ETag checked on
/// every replace and conditional delete) and single-partition queries. Each operation's request charge is logged
/// and added to <see cref="ICosmosRequestCharges"/>.
/// </summary>
internal sealed class TenantPartition(CosmosContainerProvider containers, string tenantId, ICosmosRequestCharges charges, ILogger logger)
{
    private readonly PartitionKey _partitionKey = new(tenantId);

    public string TenantId => tenantId;

    public async Task<Versioned<T>?> ReadAsync<T>(DocumentKind kind, string id, CancellationToken cancellationToken) =>
        (await ReadWithCosmosETagAsync<T>(kind, id, cancellationToken))?.Item;

    /// <summary>
    /// Reads the aggregate with the ETag clients see (the store's own version when the document has one, else
    /// Cosmos's) and Cosmos's own <c>_etag</c>, which conditional writes must name.
    /// </summary>
    public async Task<(Versioned<T> Item, string CosmosETag)?> ReadWithCosmosETagAsync<T>(DocumentKind kind, string id, CancellationToken cancellationToken)
    {
        var container = await containers.GetAsync(cancellationToken);

        // The stream API answers a missing document with a status, not an exception: "not there" is a normal outcome.
        using var response = await container.ReadItemStreamAsync(kind.CosmosId(id), _partitionKey, cancellationToken: cancellationToken);
        Charged(kind, "read", 1, response.Headers.RequestCharge, response.IsSuccessStatusCode ? 1 : 0);
        if (CosmosErrors.IsMissingDocument(response))
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var stored = await JsonSerializer.DeserializeAsync<StoredData<T>>(response.Content, CosmosJson.Options, cancellationToken)
            ?? throw new JsonException($"{kind.Name} '{id}' is stored as null.");
        return (new Versioned<T>(stored.Data, stored.Version ?? response.Headers.ETag), response.Headers.ETag);
    }

    // With a version, it is stored in the document ("v") and returned as the ETag instead of Cosmos's _etag.
    public Task<Versioned<T>> CreateAsync<T>(
        DocumentKind kind, string id, T item, IReadOnlyDictionary<string, object?> query, CancellationToken cancellationToken, string? version = null) =>
        WriteAsync(kind, id, "create", item, (container, options) =>
            container.CreateItemAsync(Envelope(kind, id, item, query, version), _partitionKey, options, cancellationToken), null, version, cancellationToken);

    /// <summary>Replaces the document whose Cosmos <c>_etag</c> is <paramref name="ifMatch"/>.</summary>
    public Task<Versioned<T>> ReplaceAsync<T>(
        DocumentKind kind, string id, T item, IReadOnlyDictionary<string, object?> query, string ifMatch, CancellationToken cancellationToken, string? version = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        return WriteAsync(kind, id, "replace", item, (container, options) =>
            container.ReplaceItemAsync(Envelope(kind, id, item, query, version), kind.CosmosId(id), _partitionKey, options, cancellationToken), ifMatch, version, cancellationToken);
    }

    public Task<Versioned<T>> UpsertAsync<T>(
        DocumentKind kind, string id, T item, IReadOnlyDictionary<string, object?> query, CancellationToken cancellationToken, string? version = null) =>
        WriteAsync(kind, id, "upsert", item, (container, options) =>
            container.UpsertItemAsync(Envelope(kind, id, item, query, version), _partitionKey, options, cancellationToken), null, version, cancellationToken);

    /// <summary>
    /// Applies <paramref name="operations"/> to the version of the document whose Cosmos <c>_etag</c> is
    /// <paramref name="ifMatch"/>; false when it is missing or was written since. One request; fields it does not name
    /// (the store's own version "v" among them) stay as they are.
    /// </summary>
    public async Task<bool> PatchAsync(DocumentKind kind, string id, IReadOnlyList<PatchOperation> operations, string ifMatch, CancellationToken cancellationToken)
    {
        var container = await containers.GetAsync(cancellationToken);
        var options = new PatchItemRequestOptions { IfMatchEtag = ifMatch, EnableContentResponseOnWrite = false };
        using var response = await container.PatchItemStreamAsync(kind.CosmosId(id), _partitionKey, operations, options, cancellationToken);
        Charged(kind, "patch", 1, response.Headers.RequestCharge, response.IsSuccessStatusCode ? 1 : 0);
        if (CosmosErrors.IsMissingDocument(response) || response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    /// <summary>Deletes; false when nothing was there. With <paramref name="ifMatch"/>, only that version.</summary>
    public async Task<bool> DeleteAsync(DocumentKind kind, string id, string? ifMatch, CancellationToken cancellationToken)
    {
        var container = await containers.GetAsync(cancellationToken);
        using var response = await container.DeleteItemStreamAsync(kind.CosmosId(id), _partitionKey, WriteOptions(ifMatch), cancellationToken);
        Charged(kind, "delete", 1, response.Headers.RequestCharge, response.IsSuccessStatusCode ? 1 : 0);
        if (CosmosErrors.IsMissingDocument(response))
        {
            return false;
        }

        return response.StatusCode == HttpStatusCode.PreconditionFailed
            ? throw new ConcurrencyException(kind.Name, id)
            : response.EnsureSuccessStatusCode().IsSuccessStatusCode;
    }

    /// <summary>Runs <paramref name="query"/> to the end (every page) and returns the aggregates it selected.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(PartitionQuery query, string operation, CancellationToken cancellationToken)
    {
        var container = await containers.GetAsync(cancellationToken);
        var options = new QueryRequestOptions
        {
            PartitionKey = _partitionKey,

            // One partition key, hence one partition key range: the SDK sends the query straight to it instead of first
            // asking the gateway for a query plan (which the local emulator cannot produce, and which costs a round trip).
            EnableOptimisticDirectExecution = true,
        };
        var items = new List<T>();
        var requests = 0;
        var requestUnits = 0.0;
        using var iterator = container.GetItemQueryIterator<T>(query.ToDefinition(tenantId), requestOptions: options);
        while (iterator.HasMoreResults)
        {
            var page = await iterator.ReadNextAsync(cancellationToken);
            requests++;
            requestUnits += page.RequestCharge;
            items.AddRange(page);
        }

        Charged(query.Kind, operation, requests, requestUnits, items.Count);
        return items;
    }

    private async Task<Versioned<T>> WriteAsync<T>(
        DocumentKind kind,
        string id,
        string operation,
        T item,
        Func<Container, ItemRequestOptions, Task<ItemResponse<StoredDocument<T>>>> write,
        string? ifMatch,
        string? version,
        CancellationToken cancellationToken)
    {
        var container = await containers.GetAsync(cancellationToken);
        try
        {
            var response = await write(container, WriteOptions(ifMatch));
            Charged(kind, operation, 1, response.RequestCharge, 1);

            // The response carries no body (see WriteOptions): what was written is what we were given.
            return new Versioned<T>(item, version ?? response.ETag);
        }
        catch (CosmosException error)
        {
            Charged(kind, operation, 1, error.RequestCharge, 0);
            if (CosmosErrors.ToDomain(error, kind, id) is { } domainError)
            {
                throw domainError;
            }

            throw;
        }
    }

    /// <summary>No body in write responses (bandwidth; the ETag header is all we need) and If-Match when given.</summary>
    private static ItemRequestOptions WriteOptions(string? ifMatch) => new() { IfMatchEtag = ifMatch, EnableContentResponseOnWrite = false };

    private StoredDocument<T> Envelope<T>(DocumentKind kind, string id, T item, IReadOnlyDictionary<string, object?> query, string? version) => new()
    {
        Id = kind.CosmosId(id),
        TenantId = tenantId,
        Kind = kind.Prefix,
        Query = query,
        Data = item,
        Version = version,
    };

    private void Charged(DocumentKind kind, string operation, int requests, double requestUnits, int items)
    {
        charges.Record(kind.Name, operation, requests, requestUnits);
        CosmosLog.Charged(logger, operation, kind.Name, tenantId, requests, requestUnits, items);
    }
}
