namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosReviewPackStore(TenantPartition partition)
    : CosmosDocumentStore<ReviewPack>(partition, DocumentKind.ReviewPack), IReviewPackStore
{
    public Task<Versioned<ReviewPack>?> FindAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        FindAsync(ReviewPack.IdFor(month), cancellationToken);

    public async Task<IReadOnlyList<ReviewPack>> ListRecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        // Months as "2026-11" sort in time order.
        return await ListAsync(Query().OrderBy("c.q.month DESC").Top(limit), "listRecent", cancellationToken);
    }

    protected override IReadOnlyDictionary<string, object?> QueryFields(ReviewPack item) => new Dictionary<string, object?>
    {
        ["month"] = item.Month.ToString(),
    };
}
