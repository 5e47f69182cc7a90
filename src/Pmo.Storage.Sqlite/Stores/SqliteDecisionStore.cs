namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteDecisionStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<Decision>(database, tenant, DocumentKinds.Decision), IDecisionStore
{
    private const string ByProjectSql = $"{SelectOfKind} AND project_id = $project_id ORDER BY at_utc_ticks, id;";
    private const string BetweenSql = $"{SelectOfKind} AND at_utc_ticks >= $from AND at_utc_ticks < $to ORDER BY at_utc_ticks, id;";

    // UTC ticks compare instants whatever offset each decision was recorded with.
    protected override IndexColumns Index(Decision item) => new()
    {
        ProjectId = item.ProjectId,
        Status = item.Outcome.ToString(),
        AtUtcTicks = item.DecidedAt.UtcTicks,
    };

    public Task<IReadOnlyList<Decision>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        QueryAsync(ByProjectSql, p => p.AddWithValue("$project_id", projectId), cancellationToken);

    public Task<IReadOnlyList<Decision>> ListDecidedBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default) =>
        QueryAsync(BetweenSql, p =>
        {
            p.AddWithValue("$from", fromUtc.UtcTicks);
            p.AddWithValue("$to", toUtc.UtcTicks);
        }, cancellationToken);
}
