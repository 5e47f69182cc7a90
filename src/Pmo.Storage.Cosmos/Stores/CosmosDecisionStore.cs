namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosDecisionStore(TenantPartition partition)
    : CosmosDocumentStore<Decision>(partition, DocumentKind.Decision), IDecisionStore
{
    public Task<IReadOnlyList<Decision>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.projectId = @projectId", ("@projectId", projectId)), "listByProject", d => d.DecidedAt, cancellationToken);

    public Task<IReadOnlyList<Decision>> ListDecidedBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default)
    {
        var query = Query().Where(
            "c.q.decidedAt >= @from AND c.q.decidedAt < @to",
            ("@from", QueryValues.Instant(fromUtc)),
            ("@to", QueryValues.Instant(toUtc)));
        return ListSortedAsync(query, "listDecidedBetween", d => d.DecidedAt, cancellationToken);
    }

    protected override IReadOnlyDictionary<string, object?> QueryFields(Decision item) => new Dictionary<string, object?>
    {
        ["projectId"] = item.ProjectId,
        ["decidedAt"] = QueryValues.Instant(item.DecidedAt),
    };
}
