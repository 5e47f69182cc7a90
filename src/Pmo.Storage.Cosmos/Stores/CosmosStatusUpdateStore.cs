using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Storage;
using Pmo.Storage.Cosmos.Documents;

namespace Pmo.Storage.Cosmos.Stores;

/// <summary>Weeks are stored as "2026-W48": fixed width, so ordinal comparison is week order, across years too.</summary>
internal sealed class CosmosStatusUpdateStore(TenantPartition partition)
    : CosmosDocumentStore<StatusUpdate>(partition, DocumentKind.StatusUpdate), IStatusUpdateStore
{
    public Task<Versioned<StatusUpdate>?> FindAsync(string projectId, IsoWeek week, CancellationToken cancellationToken = default) =>
        FindAsync(StatusUpdate.IdFor(projectId, week), cancellationToken);

    public Task<IReadOnlyList<StatusUpdate>> ListByProjectAsync(string projectId, IsoWeek? from = null, IsoWeek? to = null, CancellationToken cancellationToken = default)
    {
        var query = Query().Where("c.q.projectId = @projectId", ("@projectId", projectId));
        if (from is { } first)
        {
            query.Where("c.q.week >= @from", ("@from", first.ToString()));
        }

        if (to is { } last)
        {
            query.Where("c.q.week <= @to", ("@to", last.ToString()));
        }

        return ListSortedAsync(query, "listByProject", u => u.Week, cancellationToken);
    }

    public Task<IReadOnlyList<StatusUpdate>> ListByWeekAsync(IsoWeek week, CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.week = @week", ("@week", week.ToString())), "listByWeek", u => u.ProjectId, cancellationToken);

    public async Task<IReadOnlyList<StatusUpdate>> ListByWeeksAsync(IsoWeek from, IsoWeek to, CancellationToken cancellationToken = default)
    {
        var query = Query().Where("c.q.week >= @from AND c.q.week <= @to", ("@from", from.ToString()), ("@to", to.ToString()));
        return ByProjectThenWeek(await ListAsync(query, "listByWeeks", cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<StatusUpdate>> ListUndeliveredAsync(CancellationToken cancellationToken = default) =>
        ByProjectThenWeek(await ListAsync(Query().Where("c.q.delivered = false"), "listUndelivered", cancellationToken).ConfigureAwait(false));

    protected override IReadOnlyDictionary<string, object?> QueryFields(StatusUpdate item) => new Dictionary<string, object?>
    {
        ["projectId"] = item.ProjectId,
        ["week"] = item.Week.ToString(),
        ["delivered"] = item.EventDeliveredAt is not null,
    };

    private static StatusUpdate[] ByProjectThenWeek(IEnumerable<StatusUpdate> updates) =>
        [.. updates.OrderBy(u => u.ProjectId, StringComparer.Ordinal).ThenBy(u => u.Week)];
}
