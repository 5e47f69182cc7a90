using System.Runtime.CompilerServices;
using Pmo.Storage.Sqlite.Schema;
using Pmo.Storage.Sqlite.Writes;

namespace Pmo.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to the store's file, migrating the schema before the first one is handed out,
/// commits the writes of the process in groups behind one in-process writer (<see cref="WriteAsync{T}"/>),
/// and checkpoints the WAL into the main file when the store is disposed.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    // SQLite has one writer per file. Writers of this process queue in _writes (an async wait that holds no thread),
    // which commits them in groups, one transaction at a time, with BEGIN IMMEDIATE, so they never meet SQLITE_BUSY
    // among themselves: on BUSY, SQLite's busy handler and Microsoft.Data.Sqlite's retry loop (Thread.Sleep(150) until
    // the command timeout) both block a thread-pool thread, which under 64 concurrent writers gave 150–600 ms tails
    // (docs/performance.md). busy_timeout stays for other processes on the same file (the CLI's export/import while
    // the host runs): they still wait up to 30 s. Readers do not queue: in WAL mode they read a snapshot while a
    // write is in progress.
    // synchronous=NORMAL is SQLite's recommended setting in WAL mode: a commit survives a process crash (kill -9) and
    // the file is never corrupted; only the last commits before a power loss or OS crash may roll back. It removes the
    // fsync from every commit, which was the bottleneck of update submissions (docs/performance.md).
    private const int BusyTimeoutSeconds = 30;
    // wal_autocheckpoint: checkpoints run in the background and the writer restarts a long WAL (BackgroundCheckpoint);
    // SQLite's own, inside a commit, is only a backstop at 50,000 pages (~200 MB of WAL) instead of its default 1,000.
    // Once past it, every commit runs a checkpoint (10-50 ms each), so it must stay well above the catch-up length.
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 50000;";

    private static readonly object Configured = new();

    private readonly string _connectionString;
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private readonly WriteQueue _writes;
    private readonly ReaderConnections _readers;
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
        _writes = new WriteQueue(OpenRawAsync);
        _readers = new ReaderConnections(OpenAsync);
    }

    /// <summary>The versions the first open applied (empty when the file was up to date); for tests and logs.</summary>
    public IReadOnlyList<int> AppliedMigrations { get; private set; } = [];

    /// <summary>An open connection on a migrated database; the caller disposes it (back to the pool).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_migrated)
        {
            await MigrateOnceAsync(cancellationToken);
        }

        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction: queued behind the writer in progress, then committed
    /// together with the writers queued alongside it (group commit, see <see cref="WriteQueue"/>), inside its own
    /// savepoint. Its result is returned once that transaction has committed; when it throws, its statements are rolled
    /// back and the others of its batch are unaffected. Nothing of a cancelled write that had not started is written.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_disposed)
        {
            return Task.FromException<T>(new ObjectDisposedException(GetType().FullName));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        // Migrated: the writer is queued before this returns (tests rely on it to build a batch deterministically).
        return _migrated ? _writes.WriteAsync(work, cancellationToken) : MigrateThenWriteAsync(work, cancellationToken);
    }

    /// <summary>A read connection with its prepared statements; give it back with <see cref="ReturnReaderAsync"/>.</summary>
    public Task<PreparedConnection> RentReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _readers.RentAsync(cancellationToken);
    }

    /// <summary>Gives a read connection back (kept for the next read when <paramref name="healthy"/>, else closed).</summary>
    public ValueTask ReturnReaderAsync(PreparedConnection connection, bool healthy) => _readers.ReturnAsync(connection, healthy);

    /// <summary>The group commit's queue, for tests and diagnostics (batch sizes, writers waiting).</summary>
    internal WriteQueue Writes => _writes;

    private async Task<T> MigrateThenWriteAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellationToken)
    {
        await MigrateOnceAsync(cancellationToken);
        return await _writes.WriteAsync(work, cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // busy_timeout and synchronous are settings of the native connection, which the pool keeps open between
            // uses: set them the first time this process sees it (measured: a statement per open otherwise).
            if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = ConnectionPragmas;
                await pragma.ExecuteNonQueryAsync(cancellationToken);
                _configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            var connection = await OpenRawAsync(cancellationToken);
            await using (connection)
            {
                AppliedMigrations = await SchemaMigrator.MigrateAsync(connection, cancellationToken);
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
        await _writes.DisposeAsync();
        await _readers.DisposeAsync();
        if (_migrated)
        {
            var connection = await OpenRawAsync(CancellationToken.None);
            await using (connection)
            {
                using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await checkpoint.ExecuteNonQueryAsync();
                SqliteConnection.ClearPool(connection);
            }
        }

        _migrationGate.Dispose();
    }
}

/// <summary>
/// The connection and transaction of one <see cref="SqliteDatabase.WriteAsync{T}"/>. Its statements come from
/// <see cref="Command"/>: prepared once on the writer connection and reused, so the caller must not dispose them.
/// </summary>
internal readonly record struct WriteScope(SqliteConnection Connection, SqliteTransaction Transaction, WriterConnection Writer)
{
    /// <summary>The prepared command for <paramref name="sql"/> in this transaction, with no parameters bound yet.</summary>
    public SqliteCommand Command(string sql) => Writer.Command(sql, Transaction);
}
