namespace Pmo.Storage.Sqlite.Stores;

/// <summary>Idempotency keys as documents keyed by the key: an insert that does nothing when the key is there.</summary>
internal sealed class SqliteIdempotencyStore(SqliteDatabase database, string tenant) : IIdempotencyStore
{
    private readonly DocumentTable _table = new(database, tenant, DocumentKinds.Idempotency);

    public async Task<IdempotencyRecord?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        var stored = await _table.FindAsync(key, cancellationToken);
        return stored is { } row ? DocumentJson.Deserialize<IdempotencyRecord>(row.Body) : null;
    }

    public Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = new StoredDocument(DocumentJson.Serialize(record), ETags.New());
        return _table.WriteAsync(scope => _table.TryInsertAsync(scope, record.Key, document, IndexColumns.None, cancellationToken), cancellationToken);
    }
}
