namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosIssueStore(TenantPartition partition)
    : CosmosDocumentStore<ProjectIssue>(partition, DocumentKind.Issue), IIssueStore
{
    public Task<IReadOnlyList<ProjectIssue>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.projectId = @projectId", ("@projectId", projectId)), "listByProject", i => i.Id, cancellationToken);

    public Task<IReadOnlyList<ProjectIssue>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.open = true"), "listOpen", i => i.Id, cancellationToken);

    protected override IReadOnlyDictionary<string, object?> QueryFields(ProjectIssue item) => new Dictionary<string, object?>
    {
        ["projectId"] = item.ProjectId,
        ["open"] = item.IsOpen,
    };
}
