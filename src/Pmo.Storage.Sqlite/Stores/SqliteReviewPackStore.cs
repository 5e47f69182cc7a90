namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteReviewPackStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<ReviewPack>(database, tenant, DocumentKinds.ReviewPack), IReviewPackStore
{
    // Months are stored as "2026-11", whose text order is time order.
    private const string RecentSql = $"{SelectOfKind} ORDER BY month DESC LIMIT $limit;";

    protected override IndexColumns Index(ReviewPack item) => new()
    {
        Month = item.Month.ToString(),
        Status = item.Status.ToString(),
    };

    public Task<Versioned<ReviewPack>?> FindAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        FindAsync(ReviewPack.IdFor(month), cancellationToken);

    public async Task<IReadOnlyList<ReviewPack>> ListRecentAsync(int limit, CancellationToken cancellationToken = default) =>
        limit <= 0 ? [] : await QueryAsync(RecentSql, p => p.AddWithValue("$limit", limit), cancellationToken);
}
