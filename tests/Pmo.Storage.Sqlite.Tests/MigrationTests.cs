using Pmo.Storage.Contract;

namespace Pmo.Storage.Sqlite.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Delete();

    [Fact]
    public async Task First_open_applies_every_migration_once_and_switches_to_wal()
    {
        await using (var store = await SqlitePortfolioStore.OpenAsync(_database.Options()))
        {
            Assert.Equal([1, 2], store.AppliedMigrations);
        }

        var versions = await RawDatabase.QueryAsync(_database.FilePath, "SELECT version, name FROM schema_version ORDER BY version;");
        Assert.Equal([(1L, "0001_documents"), (2L, "0002_partial_indexes")], versions.Select(r => ((long)r[0]!, (string)r[1]!)));
        Assert.Equal("wal", await RawDatabase.ScalarAsync(_database.FilePath, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Reopening_applies_nothing_and_keeps_the_data()
    {
        await using (var first = await SqlitePortfolioStore.OpenAsync(_database.Options()))
        {
            await first.Projects.CreateAsync(Samples.Project("P-001"));
        }

        await using var second = await SqlitePortfolioStore.OpenAsync(_database.Options());

        Assert.Empty(second.AppliedMigrations);
        Assert.NotNull(await second.Projects.FindAsync("P-001"));
        Assert.Equal(2L, await RawDatabase.ScalarAsync(_database.FilePath, "SELECT count(*) FROM schema_version;"));
    }

    [Fact]
    public async Task Stores_opening_a_new_file_together_migrate_it_exactly_once()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => SqlitePortfolioStore.OpenAsync(_database.Options($"tenant-{i}")))));
        try
        {
            Assert.Equal([1, 2], stores.SelectMany(s => s.AppliedMigrations));
            Assert.Equal(2L, await RawDatabase.ScalarAsync(_database.FilePath, "SELECT count(*) FROM schema_version;"));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_file_from_a_newer_build_is_refused_rather_than_misread()
    {
        await (await SqlitePortfolioStore.OpenAsync(_database.Options())).DisposeAsync();
        await RawDatabase.QueryAsync(_database.FilePath, "INSERT INTO schema_version VALUES (99, '0099_future', '2030-01-01');");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqlitePortfolioStore.OpenAsync(_database.Options()));

        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT id FROM documents WHERE tenant = 't' AND kind = 'escalation' AND status IN (SELECT value FROM json_each('[\"Open\"]'))", "ix_documents_status")]
    [InlineData("SELECT id FROM documents WHERE tenant = 't' AND kind = 'decision' AND at_utc_ticks >= 1 AND at_utc_ticks < 2", "ix_documents_at")]
    public async Task The_partial_indexes_still_serve_the_queries_that_compare_their_column(string query, string index)
    {
        await (await SqlitePortfolioStore.OpenAsync(_database.Options())).DisposeAsync();

        var plan = await RawDatabase.QueryAsync(_database.FilePath, "EXPLAIN QUERY PLAN " + query);

        Assert.Contains(plan, row => ((string)row[3]!).Contains(index, StringComparison.Ordinal));
    }
}
