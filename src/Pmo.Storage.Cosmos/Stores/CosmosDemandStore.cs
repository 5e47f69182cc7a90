using Pmo.Domain.Intake;

namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosDemandStore(TenantPartition partition)
    : CosmosDocumentStore<Demand>(partition, DocumentKind.Demand), IDemandStore
{
    public async Task<IReadOnlyList<Demand>> ListByStatusAsync(IReadOnlyCollection<DemandStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.Count == 0)
        {
            return [];
        }

        var names = statuses.Distinct().Select(s => s.ToString()).ToArray();
        var query = Query().Where("ARRAY_CONTAINS(@statuses, c.q.status)", ("@statuses", names));
        return await ListSortedAsync(query, "listDemandsByStatus", d => d.Id, cancellationToken);
    }

    protected override IReadOnlyDictionary<string, object?> QueryFields(Demand item) => new Dictionary<string, object?>
    {
        ["status"] = item.Status.ToString(),
    };
}
