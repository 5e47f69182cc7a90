namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosRiskStore(TenantPartition partition)
    : CosmosDocumentStore<Risk>(partition, DocumentKind.Risk), IRiskStore
{
    public Task<IReadOnlyList<Risk>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.projectId = @projectId", ("@projectId", projectId)), "listByProject", r => r.Id, cancellationToken);

    public Task<IReadOnlyList<Risk>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.open = true"), "listOpen", r => r.Id, cancellationToken);

    protected override IReadOnlyDictionary<string, object?> QueryFields(Risk item) => new Dictionary<string, object?>
    {
        ["projectId"] = item.ProjectId,
        ["open"] = item.IsOpen,
    };
}
