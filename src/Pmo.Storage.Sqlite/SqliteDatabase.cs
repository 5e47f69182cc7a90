using Microsoft.Data.Sqlite;
using Pmo.Storage.Sqlite.Schema;

namespace Pmo.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to the store's file, migrating the schema before the first one is handed out,
/// runs every write in a transaction behind one in-process writer gate (<see cref="WriteAsync{T}"/>),
/// and checkpoints the WAL into the main file when the store is disposed.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    // SQLite has one writer per file. Writers of this process queue on _writeGate (an async wait that holds no thread)
    // and then BEGIN IMMEDIATE, so they never meet SQLITE_BUSY among themselves: on BUSY, SQLite's busy handler and
    // Microsoft.Data.Sqlite's retry loop (Thread.Sleep(150) until the command timeout) both block a thread-pool thread,
    // which under 64 concurrent writers gave 150–600 ms tails (docs/performance.md). busy_timeout stays for other
    // processes on the same file (the CLI's export/import while the host runs): they still wait up to 30 s.
    // Readers do not take the gate: in WAL mode they read a snapshot while a write is in progress.
    // synchronous=NORMAL is SQLite's recommended setting in WAL mode: a commit survives a process crash (kill -9) and
    // the file is never corrupted; only the last commits before a power loss or OS crash may roll back. It removes the
    // fsync from every commit, which was the bottleneck of update submissions (docs/performance.md).
    private const int BusyTimeoutSeconds = 30;
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
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

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction: after the in-process writer gate, BEGIN IMMEDIATE (the
    /// file's write lock is taken up front, so no statement inside can hit SQLITE_BUSY half-way), COMMIT when it
    /// returns, ROLLBACK when it throws (nothing of it is written).
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // deferred: false is BEGIN IMMEDIATE.
                var transaction = connection.BeginTransaction(deferred: false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(new WriteScope(connection, transaction)).ConfigureAwait(false);
                    await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                    return result;
                }
            }
            finally
            {
                _writeGate.Release();
            }
        }
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

/// <summary>The connection and transaction of one <see cref="SqliteDatabase.WriteAsync{T}"/>; commands inside it use both.</summary>
internal readonly record struct WriteScope(SqliteConnection Connection, SqliteTransaction Transaction);
