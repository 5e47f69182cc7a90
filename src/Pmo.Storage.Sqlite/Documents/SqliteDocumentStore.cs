namespace Pmo.Storage.Sqlite.Documents;

/// <summary>
/// The point operations of one aggregate over <see cref="DocumentTable"/>: JSON in and out, a fresh ETag per write,
/// and the port's exceptions. Subclasses add their queries and say which columns to index. Each write is one
/// transaction; the "In" variants run inside a caller's <see cref="WriteScope"/>, so several writes (of several
/// kinds) can commit together.
/// </summary>
internal abstract class SqliteDocumentStore<T>(SqliteDatabase database, string tenant, string kind) : IDocumentStore<T>
    where T : IAggregate
{
    /// <summary>The start of every query of this kind; stores append their conditions and order.</summary>
    protected const string SelectOfKind = "SELECT body, etag FROM documents WHERE tenant = $tenant AND kind = $kind";

    private static readonly string KindName = typeof(T).Name;

    private readonly DocumentTable _table = new(database, tenant, kind);

    /// <summary>The documents of this kind, for the store's own statements.</summary>
    protected DocumentTable Table => _table;

    /// <summary>The typed columns of <paramref name="item"/> its queries filter and sort on.</summary>
    protected abstract IndexColumns Index(T item);

    public async Task<Versioned<T>?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var stored = await _table.FindAsync(id, cancellationToken);
        return stored is { } row ? ToVersioned(row) : null;
    }

    public Task<Versioned<T>> CreateAsync(T item, CancellationToken cancellationToken = default) =>
        _table.WriteAsync(scope => CreateInAsync(scope, item, cancellationToken), cancellationToken);

    public Task<Versioned<T>> ReplaceAsync(T item, string ifMatch, CancellationToken cancellationToken = default) =>
        _table.WriteAsync(scope => ReplaceInAsync(scope, item, ifMatch, cancellationToken), cancellationToken);

    public Task<Versioned<T>> UpsertAsync(T item, CancellationToken cancellationToken = default)
    {
        var document = Store(item);
        return _table.WriteAsync(async scope =>
        {
            await _table.UpsertAsync(scope, item.Id, document, Index(item), cancellationToken);
            return new Versioned<T>(item, document.ETag);
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string id, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        _table.WriteAsync(async scope => await _table.TryDeleteAsync(scope, id, ifMatch, cancellationToken) switch
        {
            WriteOutcome.Written => true,
            WriteOutcome.Missing => false,
            _ => throw new ConcurrencyException(KindName, id),
        }, cancellationToken);

    /// <summary>Reads inside <paramref name="scope"/>'s transaction.</summary>
    internal async Task<Versioned<T>?> FindInAsync(WriteScope scope, string id, CancellationToken cancellationToken)
    {
        var stored = await _table.FindAsync(scope, id, cancellationToken);
        return stored is { } row ? ToVersioned(row) : null;
    }

    /// <summary>Creates inside <paramref name="scope"/>'s transaction; <see cref="AlreadyExistsException"/> when the id is taken.</summary>
    internal async Task<Versioned<T>> CreateInAsync(WriteScope scope, T item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var document = Store(item);
        if (!await _table.TryInsertAsync(scope, item.Id, document, Index(item), cancellationToken))
        {
            throw new AlreadyExistsException(KindName, item.Id);
        }

        return new Versioned<T>(item, document.ETag);
    }

    /// <summary>Replaces the version <paramref name="ifMatch"/> names inside <paramref name="scope"/>'s transaction.</summary>
    internal async Task<Versioned<T>> ReplaceInAsync(WriteScope scope, T item, string ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var document = Store(item);
        return await _table.TryUpdateAsync(scope, item.Id, document, Index(item), ifMatch, cancellationToken) switch
        {
            WriteOutcome.Written => new Versioned<T>(item, document.ETag),
            WriteOutcome.Missing => throw new NotFoundException(KindName, item.Id),
            _ => throw new ConcurrencyException(KindName, item.Id),
        };
    }

    /// <summary>Runs one of the store's constant queries (built on <see cref="SelectOfKind"/>).</summary>
    protected async Task<IReadOnlyList<T>> QueryAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        var rows = await _table.QueryAsync(sql, bind, cancellationToken);
        return [.. rows.Select(r => DocumentJson.Deserialize<T>(r.Body))];
    }

    protected async Task<Versioned<T>?> QuerySingleAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        var rows = await _table.QueryAsync(sql, bind, cancellationToken);
        return rows.Count == 0 ? null : ToVersioned(rows[0]);
    }

    private static StoredDocument Store(T item) => new(DocumentJson.Serialize(item), ETags.New());

    private static Versioned<T> ToVersioned(StoredDocument row) => new(DocumentJson.Deserialize<T>(row.Body), row.ETag);
}
