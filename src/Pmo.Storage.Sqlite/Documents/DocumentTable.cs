namespace Pmo.Storage.Sqlite.Documents;

/// <summary>
/// The documents of one kind for one tenant: every SQL statement of the point operations. Writes run inside a
/// <see cref="WriteScope"/> (one transaction behind the writer gate, see <see cref="SqliteDatabase.WriteAsync{T}"/>);
/// each WHERE clause carries the tenant, the kind and (when conditional) the ETag.
/// Queries are whole constant SQL strings supplied by the stores, with $tenant and $kind bound here.
/// </summary>
internal sealed class DocumentTable(SqliteDatabase database, string tenant, string kind)
{
    private const string Key = "tenant = $tenant AND kind = $kind AND id = $id";

    private const string InsertColumns = """
        INSERT INTO documents (tenant, kind, id, etag, body, project_id, week, month, status, is_active,
                               pending_delivery, at_utc_ticks, portfolio, manager_email, rag, search)
        VALUES ($tenant, $kind, $id, $etag, $body, $project_id, $week, $month, $status, $is_active,
                $pending_delivery, $at_utc_ticks, $portfolio, $manager_email, $rag, $search)
        """;

    private const string Assignments = """
        etag = $etag, body = $body, project_id = $project_id, week = $week, month = $month, status = $status,
        is_active = $is_active, pending_delivery = $pending_delivery, at_utc_ticks = $at_utc_ticks,
        portfolio = $portfolio, manager_email = $manager_email, rag = $rag, search = $search
        """;

    private const string FindSql = $"SELECT body, etag FROM documents WHERE {Key};";
    private const string ExistsSql = $"SELECT count(*) FROM documents WHERE {Key};";
    private const string InsertSql = $"{InsertColumns} ON CONFLICT (tenant, kind, id) DO NOTHING;";
    private const string UpsertSql = $"{InsertColumns} ON CONFLICT (tenant, kind, id) DO UPDATE SET {Assignments};";
    private const string UpdateSql = $"UPDATE documents SET {Assignments} WHERE {Key} AND etag = $if_match;";
    private const string DeleteSql = $"DELETE FROM documents WHERE {Key} AND ($if_match IS NULL OR etag = $if_match);";

    private const string MarkDeliveredSql = $"""
        UPDATE documents SET pending_delivery = 0, body = json_set(body, '$.eventDeliveredAt', $delivered_at)
        WHERE {Key} AND pending_delivery = 1;
        """;

    /// <summary>Runs <paramref name="work"/> in one write transaction of the store (see <see cref="SqliteDatabase.WriteAsync{T}"/>).</summary>
    public Task<T> WriteAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellationToken) =>
        database.WriteAsync(work, cancellationToken);

    public async Task<StoredDocument?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(FindSql, p => p.AddWithValue("$id", id), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Reads inside a write transaction: sees the transaction's own writes, and nobody else's can interleave.</summary>
    public async Task<StoredDocument?> FindAsync(WriteScope scope, string id, CancellationToken cancellationToken)
    {
        var command = Prepare(scope, FindSql, p => p.AddWithValue("$id", id));
        var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using (reader)
        {
            return await reader.ReadAsync(cancellationToken)
                ? new StoredDocument(reader.GetString(0), reader.GetString(1))
                : null;
        }
    }

    /// <summary>Inserts unless the id is taken; false (and nothing written) when it is.</summary>
    public async Task<bool> TryInsertAsync(WriteScope scope, string id, StoredDocument document, IndexColumns index, CancellationToken cancellationToken) =>
        await ExecuteAsync(scope, InsertSql, p => BindWrite(p, id, document, index), cancellationToken) == 1;

    public Task<int> UpsertAsync(WriteScope scope, string id, StoredDocument document, IndexColumns index, CancellationToken cancellationToken) =>
        ExecuteAsync(scope, UpsertSql, p => BindWrite(p, id, document, index), cancellationToken);

    /// <summary>Overwrites only the version <paramref name="ifMatch"/> names.</summary>
    public async Task<WriteOutcome> TryUpdateAsync(
        WriteScope scope, string id, StoredDocument document, IndexColumns index, string ifMatch, CancellationToken cancellationToken)
    {
        var written = await ExecuteAsync(scope, UpdateSql, p =>
        {
            BindWrite(p, id, document, index);
            p.AddWithValue("$if_match", ifMatch);
        }, cancellationToken);

        return written == 1 ? WriteOutcome.Written : await MissOutcomeAsync(scope, id, cancellationToken);
    }

    /// <summary>Deletes (only the version <paramref name="ifMatch"/> names, when given).</summary>
    public async Task<WriteOutcome> TryDeleteAsync(WriteScope scope, string id, string? ifMatch, CancellationToken cancellationToken)
    {
        var deleted = await ExecuteAsync(scope, DeleteSql, p =>
        {
            p.AddWithValue("$id", id);
            p.AddWithValue("$if_match", (object?)ifMatch ?? DBNull.Value);
        }, cancellationToken);

        return deleted == 1 ? WriteOutcome.Written : await MissOutcomeAsync(scope, id, cancellationToken);
    }

    /// <summary>
    /// Takes a status update out of the outbox: the delivery instant goes into its JSON and the pending flag is cleared,
    /// but the ETag is kept (the answer did not change). True when it was pending.
    /// </summary>
    public async Task<bool> MarkDeliveredAsync(WriteScope scope, string id, string deliveredAtJson, CancellationToken cancellationToken) =>
        await ExecuteAsync(scope, MarkDeliveredSql, p =>
        {
            p.AddWithValue("$id", id);
            p.AddWithValue("$delivered_at", deliveredAtJson);
        }, cancellationToken) == 1;

    /// <summary>Runs a SELECT of (body, etag) with $tenant and $kind bound, plus what <paramref name="bind"/> adds.</summary>
    public async Task<IReadOnlyList<StoredDocument>> QueryAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        var connection = await database.RentReaderAsync(cancellationToken);
        var healthy = false;
        try
        {
            // The connection's prepared statement for this SQL: not disposed here.
            var command = connection.Command(sql);
            Bind(command, bind);
            var rows = new List<StoredDocument>();
            var reader = await command.ExecuteReaderAsync(cancellationToken);
            await using (reader)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add(new StoredDocument(reader.GetString(0), reader.GetString(1)));
                }
            }

            healthy = true;
            return rows;
        }
        finally
        {
            await database.ReturnReaderAsync(connection, healthy);
        }
    }

    /// <summary>After a conditional write touched no row: was the document gone, or was the ETag stale?</summary>
    private async Task<WriteOutcome> MissOutcomeAsync(WriteScope scope, string id, CancellationToken cancellationToken)
    {
        var command = Prepare(scope, ExistsSql, p => p.AddWithValue("$id", id));
        var count = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return count == 0 ? WriteOutcome.Missing : WriteOutcome.StaleETag;
    }

    /// <summary>Runs one of the stores' constant write statements inside <paramref name="scope"/>, $tenant and $kind bound.</summary>
    public async Task<int> ExecuteAsync(WriteScope scope, string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        var command = Prepare(scope, sql, bind);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Inside a write the command is the writer connection's prepared one (WriteScope.Command): not disposed here.
    private SqliteCommand Prepare(WriteScope scope, string sql, Action<SqliteParameterCollection> bind)
    {
        var command = scope.Command(sql);
        Bind(command, bind);
        return command;
    }

    private void Bind(SqliteCommand command, Action<SqliteParameterCollection> bind)
    {
        command.Parameters.AddWithValue("$tenant", tenant);
        command.Parameters.AddWithValue("$kind", kind);
        bind(command.Parameters);
    }

    private static void BindWrite(SqliteParameterCollection p, string id, StoredDocument document, IndexColumns index)
    {
        p.AddWithValue("$id", id);
        p.AddWithValue("$etag", document.ETag);
        p.AddWithValue("$body", document.Body);
        p.AddWithValue("$project_id", Nullable(index.ProjectId));
        p.AddWithValue("$week", Nullable(index.Week));
        p.AddWithValue("$month", Nullable(index.Month));
        p.AddWithValue("$status", Nullable(index.Status));
        p.AddWithValue("$is_active", Nullable(index.IsActive));
        p.AddWithValue("$pending_delivery", Nullable(index.PendingDelivery));
        p.AddWithValue("$at_utc_ticks", Nullable(index.AtUtcTicks));
        p.AddWithValue("$portfolio", Nullable(index.Portfolio));
        p.AddWithValue("$manager_email", Nullable(index.ManagerEmail));
        p.AddWithValue("$rag", Nullable(index.Rag));
        p.AddWithValue("$search", Nullable(index.Search));
    }

    private static object Nullable(object? value) => value ?? DBNull.Value;
}
