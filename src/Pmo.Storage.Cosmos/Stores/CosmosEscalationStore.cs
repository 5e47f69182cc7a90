namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosEscalationStore(TenantPartition partition)
    : CosmosDocumentStore<Escalation>(partition, DocumentKind.Escalation), IEscalationStore
{
    public async Task<IReadOnlyList<Escalation>> ListByStatusAsync(IReadOnlyCollection<EscalationStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.Count == 0)
        {
            return [];
        }

        var names = statuses.Distinct().Select(s => s.ToString()).ToArray();
        var query = Query().Where("ARRAY_CONTAINS(@statuses, c.q.status)", ("@statuses", names));
        return await ListSortedAsync(query, "listByStatus", e => e.Id, cancellationToken);
    }

    public Task<IReadOnlyList<Escalation>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.projectId = @projectId", ("@projectId", projectId)), "listByProject", e => e.Id, cancellationToken);

    protected override IReadOnlyDictionary<string, object?> QueryFields(Escalation item) => new Dictionary<string, object?>
    {
        ["projectId"] = item.ProjectId,
        ["status"] = item.Status.ToString(),
    };
}
