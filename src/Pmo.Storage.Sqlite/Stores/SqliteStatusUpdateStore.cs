namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteStatusUpdateStore(SqliteDatabase database, string tenant, SqliteProjectStore projects)
    : SqliteDocumentStore<StatusUpdate>(database, tenant, DocumentKinds.StatusUpdate), IStatusUpdateStore
{
    // Weeks are stored as "2026-W48", whose text order is time order, so ranges compare as text.
    private const string ByProjectSql = $"""
        {SelectOfKind} AND project_id = $project_id
          AND ($from IS NULL OR week >= $from) AND ($to IS NULL OR week <= $to)
        ORDER BY week;
        """;

    private const string ByWeekSql = $"{SelectOfKind} AND week = $week ORDER BY project_id;";
    private const string ByWeeksSql = $"{SelectOfKind} AND week >= $from AND week <= $to ORDER BY project_id, week;";
    private const string UndeliveredSql = $"{SelectOfKind} AND pending_delivery = 1 ORDER BY project_id, week;";

    protected override IndexColumns Index(StatusUpdate item) => new()
    {
        ProjectId = item.ProjectId,
        Week = item.Week.ToString(),
        PendingDelivery = item.EventDeliveredAt is null,
    };

    public Task<Versioned<StatusUpdate>?> FindAsync(string projectId, IsoWeek week, CancellationToken cancellationToken = default) =>
        FindAsync(StatusUpdate.IdFor(projectId, week), cancellationToken);

    public Task<IReadOnlyList<StatusUpdate>> ListByProjectAsync(string projectId, IsoWeek? from = null, IsoWeek? to = null, CancellationToken cancellationToken = default) =>
        QueryAsync(ByProjectSql, p =>
        {
            p.AddWithValue("$project_id", projectId);
            p.AddWithValue("$from", (object?)from?.ToString() ?? DBNull.Value);
            p.AddWithValue("$to", (object?)to?.ToString() ?? DBNull.Value);
        }, cancellationToken);

    public Task<IReadOnlyList<StatusUpdate>> ListByWeekAsync(IsoWeek week, CancellationToken cancellationToken = default) =>
        QueryAsync(ByWeekSql, p => p.AddWithValue("$week", week.ToString()), cancellationToken);

    public Task<IReadOnlyList<StatusUpdate>> ListByWeeksAsync(IsoWeek from, IsoWeek to, CancellationToken cancellationToken = default) =>
        QueryAsync(ByWeeksSql, p =>
        {
            p.AddWithValue("$from", from.ToString());
            p.AddWithValue("$to", to.ToString());
        }, cancellationToken);

    public Task<IReadOnlyList<StatusUpdate>> ListUndeliveredAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(UndeliveredSql, _ => { }, cancellationToken);

    /// <summary>
    /// One transaction: the update (created, or replaced over <paramref name="ifMatch"/>) and the project's latest
    /// RAG and week, the latter one conditional UPDATE of the project's current row (json_set: the rest of the
    /// document, hence any concurrent edit, is kept). Behind the writer gate and BEGIN IMMEDIATE nothing interleaves.
    /// </summary>
    public Task<Versioned<StatusUpdate>> SubmitAsync(StatusUpdate update, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Table.WriteAsync(async scope =>
        {
            var saved = ifMatch is null
                ? await CreateInAsync(scope, update, cancellationToken)
                : await ReplaceInAsync(scope, update, ifMatch, cancellationToken);

            await projects.RecordLatestInAsync(scope, update.ProjectId, update.Overall, update.Week, cancellationToken);

            return saved;
        }, cancellationToken);
    }

    /// <summary>One transaction for the whole batch; the ETags stay (see <see cref="DocumentTable.MarkDeliveredAsync"/>).</summary>
    public Task<int> MarkDeliveredAsync(IReadOnlyCollection<string> ids, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult(0);
        }

        // ISO 8601 round-trip form, which the document's deserializer reads back as the same instant and offset.
        var text = deliveredAt.ToString("O", CultureInfo.InvariantCulture);
        return Table.WriteAsync(async scope =>
        {
            var marked = 0;
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (await Table.MarkDeliveredAsync(scope, id, text, cancellationToken))
                {
                    marked++;
                }
            }

            return marked;
        }, cancellationToken);
    }
}
