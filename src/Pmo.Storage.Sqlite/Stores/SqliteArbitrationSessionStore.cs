using Pmo.Domain.Intake;

namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteArbitrationSessionStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<ArbitrationSession>(database, tenant, DocumentKinds.ArbitrationSession), IArbitrationSessionStore
{
    // Months are stored as "2027-03", whose text order is time order.
    private const string RecentSql = $"{SelectOfKind} ORDER BY month DESC LIMIT $limit;";

    protected override IndexColumns Index(ArbitrationSession item) => new() { Month = item.Month.ToString() };

    public Task<Versioned<ArbitrationSession>?> FindAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        FindAsync(ArbitrationSessionIds.For(month), cancellationToken);

    public async Task<IReadOnlyList<ArbitrationSession>> ListRecentAsync(int limit, CancellationToken cancellationToken = default) =>
        limit <= 0 ? [] : await QueryAsync(RecentSql, p => p.AddWithValue("$limit", limit), cancellationToken);
}
