using Pmo.Storage.Contract;

namespace Pmo.Storage.Sqlite.Tests;

public sealed class DurabilityTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Delete();

    [Fact]
    public async Task Dispose_checkpoints_the_wal_so_the_db_file_alone_holds_everything()
    {
        await using (var store = await SqlitePortfolioStore.OpenAsync(_database.Options()))
        {
            await store.Projects.CreateAsync(Samples.Project("P-001"));
            await store.Settings.SaveAsync(Samples.Settings("Kept"), ifMatch: null);
            Assert.True(new FileInfo(_database.FilePath + "-wal").Length > 0);
        }

        var wal = new FileInfo(_database.FilePath + "-wal");
        Assert.True(!wal.Exists || wal.Length == 0);

        // Only the main file is copied: it must be complete on its own.
        var copy = Path.Combine(_database.Folder, "copy", "pmo.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(_database.FilePath, copy);
        await using var reopened = await SqlitePortfolioStore.OpenAsync(new SqliteStoreOptions { DatabasePath = copy, TenantId = "tenant-a" });
        Assert.NotNull(await reopened.Projects.FindAsync("P-001"));
        Assert.Equal("Kept", (await reopened.Settings.FindAsync())?.Value.OrganisationName);
    }

    [Fact]
    public async Task Backup_writes_a_consistent_copy_of_every_tenant_while_the_store_is_open()
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options("tenant-a"));
        await using var other = await SqlitePortfolioStore.OpenAsync(_database.Options("tenant-b"));
        await store.Projects.CreateAsync(Samples.Project("P-001", "Équipe « Données »"));
        await other.Risks.CreateAsync(Samples.Risk("R-1"));
        var backup = Path.Combine(_database.Folder, "backups", "pmo-2026-11-25.db");

        await store.BackupToAsync(backup);
        await store.Projects.CreateAsync(Samples.Project("P-002"));

        await using var restored = await SqlitePortfolioStore.OpenAsync(new SqliteStoreOptions { DatabasePath = backup, TenantId = "tenant-a" });
        await using var restoredOther = await SqlitePortfolioStore.OpenAsync(new SqliteStoreOptions { DatabasePath = backup, TenantId = "tenant-b" });
        Assert.Empty(restored.AppliedMigrations);
        Assert.Equal("Équipe « Données »", (await restored.Projects.FindAsync("P-001"))?.Value.Name);
        Assert.Null(await restored.Projects.FindAsync("P-002"));
        Assert.NotNull(await restoredOther.Risks.FindAsync("R-1"));
    }

    [Fact]
    public async Task Every_connection_handed_out_again_by_the_pool_keeps_synchronous_normal_and_the_busy_timeout()
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        await store.Projects.CreateAsync(Samples.Project("P-001"));

        // The settings are made once per native connection; the pool hands the same ones out again.
        for (var i = 0; i < 3; i++)
        {
            await using var connection = await store.Database.OpenAsync(CancellationToken.None);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal(30000L, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Every_thousand_writes_a_background_checkpoint_moves_the_wal_into_the_database_file()
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        var writes = Writes.BackgroundCheckpoint.WritesPerCheckpoint;
        await Task.WhenAll(Enumerable.Range(1, writes - 1).Select(i => store.Projects.CreateAsync(Samples.Project($"P-{i:D4}"))));
        await store.Database.Writes.CheckpointCompletion;
        var before = new FileInfo(_database.FilePath).Length;

        await store.Projects.CreateAsync(Samples.Project("P-LAST"));
        await store.Database.Writes.CheckpointCompletion;

        // Before: the file held the empty schema (SQLite's own checkpoint, at 10,000 pages, was far off); after: the
        // projects' pages were copied from the WAL.
        Assert.True(new FileInfo(_database.FilePath).Length > before + (100 * 4096), $"{before} -> {new FileInfo(_database.FilePath).Length}");
    }

    [Fact]
    public async Task A_wal_grown_past_the_catch_up_length_is_checkpointed_by_the_writer_and_restarted()
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        // A reader holding its snapshot keeps every checkpoint from the WAL's end, as a stream of writes does: the WAL
        // grows past the catch-up length while a background pass measures it.
        var reader = await store.Database.OpenAsync(CancellationToken.None);
        await using (reader)
        {
            var snapshot = reader.BeginTransaction(deferred: true);
            await using (snapshot)
            {
                using var read = reader.CreateCommand();
                read.CommandText = "SELECT count(*) FROM documents;";
                await read.ExecuteScalarAsync();
                for (var wave = 0; WalFrames() < Writes.BackgroundCheckpoint.CatchUpAtFrames; wave++)
                {
                    var writes = Writes.BackgroundCheckpoint.WritesPerCheckpoint;
                    await Task.WhenAll(Enumerable.Range(0, writes).Select(i => store.Projects.CreateAsync(Samples.Project($"P-{wave:D2}-{i:D4}"))));
                    await store.Database.Writes.CheckpointCompletion;
                }
            }
        }

        // The reader gone, the next write is followed by the writer's catch-up, and the one after restarts the WAL.
        await store.Projects.CreateAsync(Samples.Project("P-NEXT"));
        await store.Projects.CreateAsync(Samples.Project("P-AFTER"));

        Assert.InRange(WalFrames(), 1, 64);
        Assert.NotNull(await store.Projects.FindAsync("P-00-0000"));
    }

    // The WAL's length in frames, as SQLite reports it (a PASSIVE checkpoint on a connection of its own).
    private int WalFrames()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_database.FilePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var result = command.ExecuteReader();
        result.Read();
        return result.GetInt32(1);
    }
}
