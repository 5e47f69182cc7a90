namespace Pmo.Storage.Sqlite.Writes;

/// <summary>
/// Moves the WAL into the database file off the write path: after every <see cref="WritesPerCheckpoint"/> committed
/// writes, a PASSIVE checkpoint runs on its own connection in the background (one at a time), instead of inside the
/// commit that crosses SQLite's automatic threshold. When it finds the WAL longer than <see cref="CatchUpAtFrames"/>,
/// it passes again until little is left to copy, and the writer finishes the job between two transactions
/// (<see cref="CatchUpDue"/>), so that the WAL restarts.
/// </summary>
/// <remarks>
/// PASSIVE neither waits for nor blocks readers and writers: it copies what no reader still needs. But SQLite
/// restarts the WAL from its beginning only when a write transaction begins on a fully checkpointed WAL, and under a
/// steady stream of writes a checkpoint running beside the writer never catches up: the WAL then grew past SQLite's
/// backstop (<c>wal_autocheckpoint</c>, see <see cref="SqliteDatabase"/>), after which every commit ran a checkpoint
/// of its own, 20–60 ms each, which made the submissions' p99 (docs/performance.md). The writer's catch-up copies only
/// what was committed since the last background pass, then its next BEGIN restarts the WAL. A failed checkpoint loses
/// nothing (the WAL keeps every commit); the next one, or the one at disposal, does the work.
/// </remarks>
internal sealed class BackgroundCheckpoint(Func<CancellationToken, Task<SqliteConnection>> open)
{
    /// <summary>A few thousand WAL pages (a submission writes 5–7: its row, three index entries, its project's row).</summary>
    public const int WritesPerCheckpoint = 1000;

    /// <summary>32 MB of 4 KB pages: a WAL this long is checkpointed to its end, so that it restarts.</summary>
    public const int CatchUpAtFrames = 8192;

    /// <summary>What the writer may be left to copy: a millisecond or two of work between two transactions.</summary>
    public const int CatchUpMaxFrames = 512;

    // Each pass copies what was committed during the one before, so the passes shrink while the writer goes on.
    private const int MaxPasses = 6;

    private const string CheckpointSql = "PRAGMA wal_checkpoint(PASSIVE);";

    private int _writesSince;
    private volatile bool _catchUpDue;
    private Task _running = Task.CompletedTask;

    /// <summary>Completes when no checkpoint is running.</summary>
    public Task Completion => _running;

    /// <summary>The background passes brought a long WAL close to its end: the writer should run <see cref="CatchUpAsync"/> before its next transaction.</summary>
    public bool CatchUpDue => _catchUpDue && _running.IsCompleted;

    /// <summary>Called by the single writer after each commit (never concurrently).</summary>
    public void Committed(int writes)
    {
        _writesSince += writes;
        if (_writesSince < WritesPerCheckpoint || !_running.IsCompleted)
        {
            return;
        }

        _writesSince = 0;
        _running = Task.Run(RunInBackgroundAsync);
    }

    /// <summary>
    /// Run by the single writer on its own connection, outside any transaction: copies the few frames committed since
    /// the last background pass, so the writer's next BEGIN finds the WAL checkpointed to its end and restarts it.
    /// </summary>
    public async Task CatchUpAsync(WriterConnection writer)
    {
        _catchUpDue = false;
        StorageMetrics.CatchUps.Add(1);
        await writer.Command(CheckpointSql, transaction: null).ExecuteNonQueryAsync();
    }

    private async Task RunInBackgroundAsync()
    {
        try
        {
            var connection = await open(CancellationToken.None);
            await using (connection)
            {
                using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = CheckpointSql;
                var copiedBefore = 0;
                for (var pass = 1; pass <= MaxPasses; pass++)
                {
                    var (frames, copied) = await PassAsync(checkpoint);
                    StorageMetrics.WalFrames.Record(frames);
                    if (frames < CatchUpAtFrames)
                    {
                        return;
                    }

                    // A long WAL: pass again until a pass had little to copy, then so will the writer. Past the last
                    // pass the writer catches up anyway (a longer pause), so that the WAL stays bounded.
                    if ((pass > 1 && copied - copiedBefore <= CatchUpMaxFrames) || pass == MaxPasses)
                    {
                        _catchUpDue = true;
                        return;
                    }

                    copiedBefore = copied;
                }
            }
        }
        catch (Exception)
        {
            // Nothing is lost: the WAL still holds every commit, and the next checkpoint copies it.
        }
    }

    // One row: busy (0/1), the WAL's length in frames, the frames now copied into the database file.
    private static async Task<(int Frames, int Copied)> PassAsync(SqliteCommand checkpoint)
    {
        await using var result = await checkpoint.ExecuteReaderAsync();
        return await result.ReadAsync() ? (result.GetInt32(1), result.GetInt32(2)) : (0, 0);
    }
}
