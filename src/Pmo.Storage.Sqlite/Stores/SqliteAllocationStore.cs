using Pmo.Domain.Capacity;

namespace Pmo.Storage.Sqlite.Stores;

/// <summary>
/// One row per (person, project, month), id <see cref="AllocationKeys"/>: a person's rows are a range of the primary
/// key ("ana:" ≤ id &lt; "ana;", ';' being the character after ':'), a project's rows use the project index, and the
/// month column filters the range. An allocation has no version of its own: the last write of a key wins.
/// </summary>
internal sealed class SqliteAllocationStore(SqliteDatabase database, string tenant) : IAllocationStore
{
    private const string SelectOfKind = "SELECT body, etag FROM documents WHERE tenant = $tenant AND kind = $kind";
    private const string Months = "($from IS NULL OR month >= $from) AND ($to IS NULL OR month <= $to)";
    private const string ByPersonSql = $"{SelectOfKind} AND id >= $key_from AND id < $key_to AND ($project_id IS NULL OR project_id = $project_id) AND {Months};";
    private const string ByProjectSql = $"{SelectOfKind} AND project_id = $project_id AND {Months};";
    private const string ByMonthsSql = $"{SelectOfKind} AND {Months};";

    private readonly DocumentTable _table = new(database, tenant, DocumentKinds.Allocation);

    public async Task<Allocation?> FindAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default)
    {
        var row = await _table.FindAsync(AllocationKeys.Of(personId, projectId, month), cancellationToken);
        return row is { } found ? DocumentJson.Deserialize<Allocation>(found.Body) : null;
    }

    public Task<Allocation?> SetAsync(Allocation allocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentOutOfRangeException.ThrowIfNegative(allocation.Days);
        var id = AllocationKeys.Of(allocation);
        return _table.WriteAsync<Allocation?>(async scope =>
        {
            if (allocation.Days == 0)
            {
                await _table.TryDeleteAsync(scope, id, null, cancellationToken);
                return null;
            }

            var index = new IndexColumns { ProjectId = allocation.ProjectId, Month = allocation.Month.ToString() };
            await _table.UpsertAsync(scope, id, new StoredDocument(DocumentJson.Serialize(allocation), ETags.New()), index, cancellationToken);
            return allocation;
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default) =>
        _table.WriteAsync(async scope =>
            await _table.TryDeleteAsync(scope, AllocationKeys.Of(personId, projectId, month), null, cancellationToken) == WriteOutcome.Written,
            cancellationToken);

    public async Task<IReadOnlyList<Allocation>> ListAsync(AllocationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = query.PersonId is not null ? ByPersonSql : query.ProjectId is not null ? ByProjectSql : ByMonthsSql;
        var rows = await _table.QueryAsync(sql, p => Bind(p, query), cancellationToken);
        return AllocationKeys.Ordered(rows.Select(r => DocumentJson.Deserialize<Allocation>(r.Body)));
    }

    private static void Bind(SqliteParameterCollection parameters, AllocationQuery query)
    {
        if (query.PersonId is { } person)
        {
            var prefix = AllocationKeys.PersonPrefix(person);
            parameters.AddWithValue("$key_from", prefix);
            parameters.AddWithValue("$key_to", prefix[..^1] + (char)(prefix[^1] + 1));
        }

        parameters.AddWithValue("$project_id", (object?)query.ProjectId ?? DBNull.Value);
        parameters.AddWithValue("$from", (object?)query.From?.ToString() ?? DBNull.Value);
        parameters.AddWithValue("$to", (object?)query.To?.ToString() ?? DBNull.Value);
    }
}
