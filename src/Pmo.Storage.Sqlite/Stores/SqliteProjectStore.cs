namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteProjectStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<Project>(database, tenant, DocumentKinds.Project), IProjectStore
{
    private const int MaxPageSize = 1000;

    // A null parameter switches its filter off, so one constant statement serves every combination.
    private const string ListSql = $"""
        {SelectOfKind}
          AND ($phase IS NULL OR status = $phase)
          AND ($active_only IS NULL OR is_active = 1)
          AND ($portfolio IS NULL OR portfolio = $portfolio)
          AND ($manager_email IS NULL OR manager_email = $manager_email)
          AND ($rag IS NULL OR rag = $rag)
          AND ($text IS NULL OR instr(search, $text) > 0)
          AND ($after IS NULL OR id > $after)
        ORDER BY id LIMIT $limit;
        """;

    // The latest RAG and week, set in the JSON and the rag column in one statement (no read, no JSON round trip in
    // the write transaction), only when the project has no newer week ("2026-W48": text order is week order).
    private const string RecordLatestSql = """
        UPDATE documents
        SET body = json_set(body, '$.latestRag', $rag, '$.latestUpdateWeek', $week), rag = $rag, etag = $etag
        WHERE tenant = $tenant AND kind = $kind AND id = $id
          AND (json_extract(body, '$.latestUpdateWeek') IS NULL OR json_extract(body, '$.latestUpdateWeek') <= $week);
        """;

    private const string ActiveSql = $"{SelectOfKind} AND is_active = 1 ORDER BY id;";
    private const string AllSql = $"{SelectOfKind} ORDER BY id;";

    protected override IndexColumns Index(Project item) => new()
    {
        Status = item.Phase.ToString(),
        IsActive = item.IsActive,
        Portfolio = item.Portfolio,
        ManagerEmail = item.Manager.Email.ToLowerInvariant(),
        Rag = item.LatestRag?.ToString(),
        Search = $"{item.Id}\n{item.Name}".ToUpperInvariant(),
    };

    /// <summary>
    /// Records <paramref name="rag"/> and <paramref name="week"/> as the project's latest inside a write transaction,
    /// unless it has a newer week; a new ETag when written. False when the project is missing or has a newer week.
    /// </summary>
    internal async Task<bool> RecordLatestInAsync(WriteScope scope, string projectId, Rag rag, IsoWeek week, CancellationToken cancellationToken) =>
        await Table.ExecuteAsync(scope, RecordLatestSql, p =>
        {
            p.AddWithValue("$id", projectId);
            p.AddWithValue("$rag", rag.ToString());
            p.AddWithValue("$week", week.ToString());
            p.AddWithValue("$etag", ETags.New());
        }, cancellationToken) == 1;

    public async Task<Page<Project>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        new ValidationErrors().Range(query.PageSize, "pageSize", 1, MaxPageSize).ThrowIfInvalid();
        var after = ContinuationToken.Parse(query.ContinuationToken);

        // One row more than the page tells whether another page follows.
        var rows = await QueryAsync(ListSql, p =>
        {
            p.AddWithValue("$phase", (object?)query.Phase?.ToString() ?? DBNull.Value);
            p.AddWithValue("$active_only", query.ActiveOnly == true ? 1 : DBNull.Value);
            p.AddWithValue("$portfolio", (object?)query.Portfolio ?? DBNull.Value);
            p.AddWithValue("$manager_email", (object?)query.ManagerEmail?.ToLowerInvariant() ?? DBNull.Value);
            p.AddWithValue("$rag", (object?)query.LatestRag?.ToString() ?? DBNull.Value);
            p.AddWithValue("$text", string.IsNullOrEmpty(query.Text) ? DBNull.Value : query.Text.ToUpperInvariant());
            p.AddWithValue("$after", (object?)after ?? DBNull.Value);
            p.AddWithValue("$limit", query.PageSize + 1);
        }, cancellationToken);

        return rows.Count > query.PageSize
            ? new Page<Project>([.. rows.Take(query.PageSize)], ContinuationToken.From(rows[query.PageSize - 1].Id))
            : new Page<Project>(rows, null);
    }

    public Task<IReadOnlyList<Project>> ListActiveAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(ActiveSql, _ => { }, cancellationToken);

    public Task<IReadOnlyList<Project>> ListAllAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(AllSql, _ => { }, cancellationToken);
}
