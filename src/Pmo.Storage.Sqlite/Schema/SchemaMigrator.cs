namespace Pmo.Storage.Sqlite.Schema;

/// <summary>
/// Brings a database file to the latest schema: WAL mode, then every migration newer than schema_version,
/// each recorded in the same transaction as its script. BEGIN IMMEDIATE serialises processes starting together,
/// so running it again (or twice at once) applies nothing twice.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Returns the versions applied by this call (empty when the file was already up to date).</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers run while one writer writes; the mode is stored in the file, so this is set once.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

        using var transaction = connection.BeginTransaction(deferred: false);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """, cancellationToken);

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        if (current > Migration.All.Count)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this build knows ({Migration.All.Count}); use a newer build.");
        }

        var applied = new List<int>();
        foreach (var migration in Migration.All.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
