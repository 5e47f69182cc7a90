namespace Pmo.Storage.Cosmos.Stores;

/// <summary>
/// The point operations of one aggregate type, by id in the tenant's partition. Each subclass says which fields
/// its queries need (<see cref="QueryFields"/>, written beside the aggregate on every write) and adds its listings.
/// </summary>
internal abstract class CosmosDocumentStore<T>(TenantPartition partition, DocumentKind kind) : IDocumentStore<T>
    where T : IAggregate
{
    protected TenantPartition Partition => partition;

    public virtual Task<Versioned<T>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        partition.ReadAsync<T>(kind, id, cancellationToken);

    public virtual Task<Versioned<T>> CreateAsync(T item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return partition.CreateAsync(kind, item.Id, item, QueryFields(item), cancellationToken);
    }

    public virtual Task<Versioned<T>> ReplaceAsync(T item, string ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return partition.ReplaceAsync(kind, item.Id, item, QueryFields(item), ifMatch, cancellationToken);
    }

    public virtual Task<Versioned<T>> UpsertAsync(T item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return partition.UpsertAsync(kind, item.Id, item, QueryFields(item), cancellationToken);
    }

    public virtual Task<bool> DeleteAsync(string id, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        partition.DeleteAsync(kind, id, ifMatch, cancellationToken);

    /// <summary>The fields this kind's queries filter and sort on (the indexed "q" object of the document).</summary>
    protected abstract IReadOnlyDictionary<string, object?> QueryFields(T item);

    protected PartitionQuery Query() => new(kind);

    protected Task<IReadOnlyList<T>> ListAsync(PartitionQuery query, string operation, CancellationToken cancellationToken) =>
        partition.QueryAsync<T>(query, operation, cancellationToken);

    /// <summary>Runs <paramref name="query"/> and sorts in memory, ordinal on <paramref name="key"/> then on the id.</summary>
    protected async Task<IReadOnlyList<T>> ListSortedAsync<TKey>(PartitionQuery query, string operation, Func<T, TKey> key, CancellationToken cancellationToken)
    {
        var items = await ListAsync(query, operation, cancellationToken);
        return [.. items.OrderBy(key).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }
}
