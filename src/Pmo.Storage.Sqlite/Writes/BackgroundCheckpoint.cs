namespace Pmo.Storage.Sqlite.Writes;

/// <summary>
/// Moves the WAL into the database file off the write path: after every <see cref="WritesPerCheckpoint"/> committed
/// writes, a PASSIVE checkpoint runs on its own connection in the background (one at a time), instead of inside the
/// commit that crosses SQLite's automatic threshold. A checkpoint syncs the WAL and the database file; done inside a
/// commit, it held the one writer, and every writer queued behind it, for the length of those syncs.
/// </summary>
/// <remarks>
/// PASSIVE neither waits for nor blocks readers and writers: it copies what no reader still needs. SQLite's own
/// automatic checkpoint stays as a backstop at a much larger WAL (<c>wal_autocheckpoint</c>, see
/// <see cref="SqliteDatabase"/>), should these fall behind. A failed checkpoint loses nothing (the WAL keeps every
/// commit); the next one, or the one at disposal, does the work.
/// </remarks>
internal sealed class BackgroundCheckpoint(Func<CancellationToken, Task<SqliteConnection>> open)
{
    /// <summary>A few thousand WAL pages (a submission writes 4–6, fewer when a batch shares pages).</summary>
    public const int WritesPerCheckpoint = 1000;

    private int _writesSince;
    private Task _running = Task.CompletedTask;

    /// <summary>Completes when no checkpoint is running.</summary>
    public Task Completion => _running;

    /// <summary>Called by the single writer after each commit (never concurrently).</summary>
    public void Committed(int writes)
    {
        _writesSince += writes;
        if (_writesSince < WritesPerCheckpoint || !_running.IsCompleted)
        {
            return;
        }

        _writesSince = 0;
        _running = Task.Run(RunAsync);
    }

    private async Task RunAsync()
    {
        try
        {
            var connection = await open(CancellationToken.None);
            await using (connection)
            {
                using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                await checkpoint.ExecuteNonQueryAsync();
            }
        }
        catch (Exception)
        {
            // Nothing is lost: the WAL still holds every commit, and the next checkpoint copies it.
        }
    }
}
