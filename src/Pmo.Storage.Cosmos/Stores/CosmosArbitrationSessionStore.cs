using Pmo.Domain.Intake;

namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosArbitrationSessionStore(TenantPartition partition)
    : CosmosDocumentStore<ArbitrationSession>(partition, DocumentKind.ArbitrationSession), IArbitrationSessionStore
{
    public Task<Versioned<ArbitrationSession>?> FindAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        FindAsync(ArbitrationSessionIds.For(month), cancellationToken);

    public async Task<IReadOnlyList<ArbitrationSession>> ListRecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        // Months as "2027-03" sort in time order.
        return await ListAsync(Query().OrderBy("c.q.month DESC").Top(limit), "listRecent", cancellationToken);
    }

    protected override IReadOnlyDictionary<string, object?> QueryFields(ArbitrationSession item) => new Dictionary<string, object?>
    {
        ["month"] = item.Month.ToString(),
    };
}
