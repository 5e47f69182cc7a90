using Microsoft.Data.Sqlite;
using Pmo.Storage.Sqlite.Schema;

namespace Pmo.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to the store's file, migrating the schema before the first one is handed out,
/// and checkpoints the WAL into the main file when the store is disposed.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    // Writers queue behind each other for up to 30 s instead of failing at once with SQLITE_BUSY.
    // synchronous=NORMAL is SQLite's recommended setting in WAL mode: a commit survives a process crash (kill -9) and
    // the file is never corrupted; only the last commits before a power loss or OS crash may roll back. It removes the
    // fsync from every commit, which was the bottleneck of update submissions (docs/performance.md).
    private const int BusyTimeoutSeconds = 30;
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;
    private bool _disposed;

    public SqliteDatabase(string databasePath)
    {
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    /// <summary>The versions the first open applied (empty when the file was up to date); for tests and logs.</summary>
    public IReadOnlyList<int> AppliedMigrations { get; private set; } = [];

    /// <summary>An open connection on a migrated database; the caller disposes it (back to the pool).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_migrated)
        {
            await MigrateOnceAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // busy_timeout and synchronous are per-connection settings, so every open sets them.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = ConnectionPragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _migrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            var connection = await OpenRawAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                AppliedMigrations = await SchemaMigrator.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            _migrated = true;
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    /// <summary>Moves the WAL into the main file (so a copy of the .db alone is complete) and releases the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_migrated)
        {
            var connection = await OpenRawAsync(CancellationToken.None).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await checkpoint.ExecuteNonQueryAsync().ConfigureAwait(false);
                SqliteConnection.ClearPool(connection);
            }
        }

        _migrationGate.Dispose();
    }
}
