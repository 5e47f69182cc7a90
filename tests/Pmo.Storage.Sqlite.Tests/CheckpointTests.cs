using Pmo.Domain.Storage;
using Pmo.Storage.Contract;

namespace Pmo.Storage.Sqlite.Tests;

/// <summary>
/// The WAL is copied into the main file by a background checkpoint every 200 commits, not inside a commit (SQLite's
/// own automatic checkpoint only fires at 10,000 pages, far above what these writes produce).
/// </summary>
public sealed class CheckpointTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Delete();

    [Fact]
    public async Task Every_200_commits_a_background_checkpoint_copies_the_wal_into_the_main_file_while_the_store_is_open()
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        await store.Database.Checkpoint;
        var before = new FileInfo(_database.FilePath).Length;

        for (var i = 0; i < 199; i++)
        {
            await store.Idempotency.TryAddAsync(new IdempotencyRecord($"key-{i}", new string('x', 2000), Samples.Instant));
        }

        Assert.True(store.Database.Checkpoint.IsCompleted);
        Assert.Equal(before, new FileInfo(_database.FilePath).Length);

        await store.Idempotency.TryAddAsync(new IdempotencyRecord("key-199", new string('x', 2000), Samples.Instant));
        await store.Database.Checkpoint;

        Assert.True(new FileInfo(_database.FilePath).Length > before + (199 * 2000));
        Assert.NotNull(await store.Idempotency.FindAsync("key-0"));
    }
}
