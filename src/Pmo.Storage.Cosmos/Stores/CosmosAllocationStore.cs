using Pmo.Domain.Capacity;

namespace Pmo.Storage.Cosmos.Stores;

/// <summary>
/// One document per (person, project, month), id <see cref="AllocationKeys"/>: an upsert of the same key is idempotent
/// and the last one wins, while different keys are different documents and never overwrite each other.
/// </summary>
internal sealed class CosmosAllocationStore(TenantPartition partition) : IAllocationStore
{
    private static readonly DocumentKind Kind = DocumentKind.Allocation;

    public async Task<Allocation?> FindAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default) =>
        (await partition.ReadAsync<Allocation>(Kind, AllocationKeys.Of(personId, projectId, month), cancellationToken))?.Value;

    public async Task<Allocation?> SetAsync(Allocation allocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentOutOfRangeException.ThrowIfNegative(allocation.Days);
        var id = AllocationKeys.Of(allocation);
        if (allocation.Days == 0)
        {
            await partition.DeleteAsync(Kind, id, null, cancellationToken);
            return null;
        }

        var fields = new Dictionary<string, object?>
        {
            ["personId"] = allocation.PersonId,
            ["projectId"] = allocation.ProjectId,
            ["month"] = allocation.Month.ToString(),
        };
        return (await partition.UpsertAsync(Kind, id, allocation, fields, cancellationToken)).Value;
    }

    public Task<bool> DeleteAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default) =>
        partition.DeleteAsync(Kind, AllocationKeys.Of(personId, projectId, month), null, cancellationToken);

    public async Task<IReadOnlyList<Allocation>> ListAsync(AllocationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var cosmosQuery = new PartitionQuery(Kind);
        if (query.PersonId is { } person)
        {
            cosmosQuery.Where("c.q.personId = @personId", ("@personId", person));
        }

        if (query.ProjectId is { } project)
        {
            cosmosQuery.Where("c.q.projectId = @projectId", ("@projectId", project));
        }

        // Months as "2027-03" compare in time order.
        if (query.From is { } from)
        {
            cosmosQuery.Where("c.q.month >= @from", ("@from", from.ToString()));
        }

        if (query.To is { } to)
        {
            cosmosQuery.Where("c.q.month <= @to", ("@to", to.ToString()));
        }

        return AllocationKeys.Ordered(await partition.QueryAsync<Allocation>(cosmosQuery, "list", cancellationToken));
    }
}
