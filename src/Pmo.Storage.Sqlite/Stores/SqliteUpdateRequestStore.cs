namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteUpdateRequestStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<UpdateRequest>(database, tenant, DocumentKinds.UpdateRequest), IUpdateRequestStore
{
    private const string ByWeekSql = $"{SelectOfKind} AND week = $week ORDER BY project_id;";
    private const string RecentSql = $"{SelectOfKind} AND project_id = $project_id ORDER BY week DESC LIMIT $limit;";

    protected override IndexColumns Index(UpdateRequest item) => new()
    {
        ProjectId = item.ProjectId,
        Week = item.Week.ToString(),
        Status = item.Status.ToString(),
    };

    public Task<IReadOnlyList<UpdateRequest>> ListByWeekAsync(IsoWeek week, CancellationToken cancellationToken = default) =>
        QueryAsync(ByWeekSql, p => p.AddWithValue("$week", week.ToString()), cancellationToken);

    public async Task<IReadOnlyList<UpdateRequest>> ListRecentByProjectAsync(string projectId, int limit, CancellationToken cancellationToken = default) =>
        limit <= 0
            ? []
            : await QueryAsync(RecentSql, p =>
            {
                p.AddWithValue("$project_id", projectId);
                p.AddWithValue("$limit", limit);
            }, cancellationToken);
}
