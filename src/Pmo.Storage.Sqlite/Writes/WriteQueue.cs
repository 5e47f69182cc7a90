using System.Diagnostics;

namespace Pmo.Storage.Sqlite.Writes;

/// <summary>
/// Group commit: the writers of the process queue here, and those that queued while a transaction was being written
/// are written together in the next one (at most <see cref="MaxBatch"/>), each inside its own savepoint so that it
/// keeps its own outcome. A writer that finds nobody writing starts its transaction at once (it never waits for
/// company), so an idle store adds no latency. A writer's result is given only after its batch has committed.
/// </summary>
/// <remarks>
/// Why: SQLite has one writer per file, and a small transaction's cost is mostly its commit (the WAL append and the
/// lock hand-over), so under concurrent submissions one commit for N writers raises throughput without weakening
/// durability. Each writer's statements stay as they were (its ETag check is its UPDATE's WHERE clause), and a
/// writer that throws is rolled back to its savepoint alone: a stale ETag or a constraint failure fails only that
/// caller. If the batch itself fails (the connection is lost, COMMIT fails), every writer of the batch not already
/// failed gets that error: nothing uncommitted is ever acknowledged.
/// </remarks>
internal sealed class WriteQueue(Func<CancellationToken, Task<SqliteConnection>> open, int maxBatch = WriteQueue.MaxBatch) : IAsyncDisposable
{
    /// <summary>The default bound of one transaction's writers: a batch stays a few milliseconds long.</summary>
    public const int MaxBatch = 128;

    private const string SavepointSql = "SAVEPOINT write;";
    private const string ReleaseSql = "RELEASE write;";
    private const string RollbackToSql = "ROLLBACK TO write;";

    private readonly Lock _lock = new();
    private readonly Queue<QueuedWrite> _pending = new();
    private readonly WriterConnection _writer = new(open);
    private readonly BackgroundCheckpoint _checkpoint = new(open);
    private bool _writing;
    private Task _drain = Task.CompletedTask;

    /// <summary>After each transaction: how many writers it held, committed, failed alone. For tests and diagnostics.</summary>
    public event Action<WriteBatchReport>? BatchCompleted;

    /// <summary>Completes when no background checkpoint is running (for tests and disposal).</summary>
    public Task CheckpointCompletion => _checkpoint.Completion;

    /// <summary>Writers waiting for the next transaction.</summary>
    public int Queued
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    public Task<T> WriteAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken cancellationToken)
    {
        var write = new QueuedWrite<T>(work, cancellationToken);
        bool lead;
        lock (_lock)
        {
            _pending.Enqueue(write);
            lead = !_writing;
            _writing = true;
        }

        return lead ? LeadAsync(write) : write.Outcome;
    }

    /// <summary>Completes once no transaction is being written (for disposal).</summary>
    public Task DrainedAsync()
    {
        lock (_lock)
        {
            return _drain;
        }
    }

    // Nobody was writing: this writer's own call writes the first transaction (itself, and whoever queued meanwhile),
    // then hands what queued behind it to a background drain, so its caller never waits for others' transactions.
    private async Task<T> LeadAsync<T>(QueuedWrite<T> write)
    {
        await WriteBatchAsync();
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                _writing = false;
            }
            else
            {
                _drain = Task.Run(DrainAsync);
            }
        }

        return await write.Outcome;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            await WriteBatchAsync();
            lock (_lock)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return;
                }
            }
        }
    }

    private List<QueuedWrite> TakeBatch()
    {
        var batch = new List<QueuedWrite>();
        lock (_lock)
        {
            while (batch.Count < maxBatch && _pending.TryDequeue(out var write))
            {
                if (write.TryTake())
                {
                    batch.Add(write);
                }
            }
        }

        return batch;
    }

    // Never throws: every writer of the batch ends acknowledged or failed.
    private async Task WriteBatchAsync()
    {
        var batch = TakeBatch();
        if (batch.Count == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        if (StorageMetrics.QueueWaits.Enabled)
        {
            foreach (var write in batch)
            {
                StorageMetrics.QueueWaits.Record(Stopwatch.GetElapsedTime(write.QueuedAt, started).TotalMilliseconds);
            }
        }

        var written = new List<QueuedWrite>(batch.Count);
        var failed = 0;
        try
        {
            var connection = await _writer.GetAsync();
            // deferred: false is BEGIN IMMEDIATE: the file's write lock is taken up front, so no statement inside
            // meets SQLITE_BUSY half-way. Disposing an uncommitted transaction rolls it back.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction)
            {
                // A lone writer needs no savepoint: if it fails, the transaction is simply not committed.
                var savepoints = batch.Count > 1;
                var scope = new WriteScope(connection, transaction, _writer);
                foreach (var write in batch)
                {
                    if (savepoints)
                    {
                        Execute(scope, SavepointSql);
                    }

                    Exception? error = null;
                    try
                    {
                        await write.RunAsync(scope);
                    }
                    catch (Exception ex)
                    {
                        error = ex;
                    }

                    if (error is null)
                    {
                        if (savepoints)
                        {
                            Execute(scope, ReleaseSql);
                        }

                        written.Add(write);
                        continue;
                    }

                    // Its own failure, which undoes its statements only (if the rollback itself fails, the whole
                    // batch fails below and nothing is committed).
                    write.Fail(error);
                    failed++;
                    if (savepoints)
                    {
                        Execute(scope, RollbackToSql);
                        Execute(scope, ReleaseSql);
                    }
                }

                if (written.Count > 0)
                {
                    await transaction.CommitAsync(CancellationToken.None);
                    _checkpoint.Committed(written.Count);
                }
            }
        }
        catch (Exception ex)
        {
            // The batch could not commit: whoever has no outcome yet gets this error, nobody is acknowledged. The
            // connection may be what failed: the next batch opens a fresh one. The report comes first, so whoever
            // sees a writer's outcome also sees its batch reported.
            await DropWriterAsync();
            Report(new WriteBatchReport(batch.Count, 0, failed));
            foreach (var write in batch)
            {
                write.Fail(ex);
            }

            return;
        }

        StorageMetrics.BatchDurations.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Report(new WriteBatchReport(batch.Count, written.Count, failed));
        foreach (var write in written)
        {
            write.Acknowledge();
        }

        if (_checkpoint.CatchUpDue)
        {
            await CatchUpAsync();
        }
    }

    // Between two transactions, after the batch's writers have their outcome: a failed checkpoint loses nothing.
    private async Task CatchUpAsync()
    {
        try
        {
            await _checkpoint.CatchUpAsync(_writer);
        }
        catch (Exception)
        {
            await DropWriterAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DrainedAsync();
        await _writer.DisposeAsync();
        await _checkpoint.Completion;
    }

    private static void Execute(WriteScope scope, string sql) => scope.Command(sql).ExecuteNonQuery();

    private async Task DropWriterAsync()
    {
        try
        {
            await _writer.DropAsync();
        }
        catch (Exception)
        {
            // Already broken; the next batch opens a new connection either way.
        }
    }

    private void Report(WriteBatchReport report)
    {
        StorageMetrics.BatchSizes.Record(report.Writers);
        BatchCompleted?.Invoke(report);
    }
}

/// <summary>One transaction of the <see cref="WriteQueue"/>: its writers, those committed, those that failed alone.</summary>
internal readonly record struct WriteBatchReport(int Writers, int Committed, int FailedAlone);
