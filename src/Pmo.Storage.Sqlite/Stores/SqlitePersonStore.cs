using Pmo.Domain.Capacity;

namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqlitePersonStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<Person>(database, tenant, DocumentKinds.Person), IPersonStore
{
    // The primary key (tenant, kind, id) serves the listing: no typed column is needed.
    private const string AllSql = $"{SelectOfKind} ORDER BY id;";

    protected override IndexColumns Index(Person item) => IndexColumns.None;

    public Task<IReadOnlyList<Person>> ListAllAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(AllSql, _ => { }, cancellationToken);
}
