namespace Pmo.Storage.Cosmos.Stores;

/// <summary>Keys recorded with a create: the id is the key, so Cosmos itself lets exactly one writer win.</summary>
internal sealed class CosmosIdempotencyStore(TenantPartition partition) : IIdempotencyStore
{
    private static readonly Dictionary<string, object?> NoQueryFields = [];

    public async Task<IdempotencyRecord?> FindAsync(string key, CancellationToken cancellationToken = default) =>
        (await partition.ReadAsync<IdempotencyRecord>(DocumentKind.Idempotency, key, cancellationToken))?.Value;

    public async Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await partition.CreateAsync(DocumentKind.Idempotency, record.Key, record, NoQueryFields, cancellationToken);
            return true;
        }
        catch (AlreadyExistsException)
        {
            return false;
        }
    }
}
