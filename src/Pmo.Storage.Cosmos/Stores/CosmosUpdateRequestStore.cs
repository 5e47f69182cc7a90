namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosUpdateRequestStore(TenantPartition partition)
    : CosmosDocumentStore<UpdateRequest>(partition, DocumentKind.UpdateRequest), IUpdateRequestStore
{
    public Task<IReadOnlyList<UpdateRequest>> ListByWeekAsync(IsoWeek week, CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.week = @week", ("@week", week.ToString())), "listByWeek", r => r.ProjectId, cancellationToken);

    public async Task<IReadOnlyList<UpdateRequest>> ListRecentByProjectAsync(string projectId, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        // Weeks as "2026-W48" sort in time order; TOP keeps only what is asked for on the server.
        var query = Query().Where("c.q.projectId = @projectId", ("@projectId", projectId)).OrderBy("c.q.week DESC").Top(limit);
        return await ListAsync(query, "listRecentByProject", cancellationToken);
    }

    protected override IReadOnlyDictionary<string, object?> QueryFields(UpdateRequest item) => new Dictionary<string, object?>
    {
        ["projectId"] = item.ProjectId,
        ["week"] = item.Week.ToString(),
    };
}
