using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Pmo.Local.Composition;
using Pmo.Local.Hosting;
using Pmo.Local.Seeding;
using Pmo.Local.Tests.Support;
using Pmo.Storage.Sqlite;

namespace Pmo.Local.Tests.Hosting;

/// <summary>POST /api/local/backup's handler on a real SQLite file, with the clock stopped on one second.</summary>
public sealed class BackupTests
{
    private static readonly DateTimeOffset OneSecond = new(2026, 12, 4, 13, 19, 31, 250, TimeSpan.Zero);

    [Fact]
    public async Task Two_backups_in_the_same_second_are_two_files_each_a_whole_copy_of_the_store()
    {
        using var folder = new TempFolder();
        var data = DataFolder.Resolve(folder.Path);
        await using var store = await SeededStoreAsync(data);
        var clock = new FakeTimeProvider(OneSecond);

        var first = Assert.IsType<Ok<BackupResult>>((await LocalApi.Backup(store, data, clock, default)).Result).Value!;
        var second = Assert.IsType<Ok<BackupResult>>((await LocalApi.Backup(store, data, clock, default)).Result).Value!;

        Assert.Equal(Path.Combine(data.Backups, "pmo-20261204-131931.db"), first.Path);
        Assert.Equal(Path.Combine(data.Backups, "pmo-20261204-131931-2.db"), second.Path);
        foreach (var backup in new[] { first, second })
        {
            Assert.Equal(new FileInfo(backup.Path).Length, backup.Bytes);
            Assert.Equal(6, await ProjectCountAsync(backup.Path));
        }
    }

    [Fact]
    public async Task Backups_started_at_the_same_instant_each_get_their_own_file()
    {
        using var folder = new TempFolder();
        var data = DataFolder.Resolve(folder.Path);
        await using var store = await SeededStoreAsync(data);
        var clock = new FakeTimeProvider(OneSecond);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => LocalApi.Backup(store, data, clock, default))));

        var paths = results.Select(r => Assert.IsType<Ok<BackupResult>>(r.Result).Value!.Path).ToList();
        Assert.Equal(6, paths.Distinct(StringComparer.Ordinal).Count());
        foreach (var path in paths)
        {
            Assert.Equal(6, await ProjectCountAsync(path));
        }
    }

    [Fact]
    public async Task A_second_already_holding_the_most_backups_answers_409_problem_and_leaves_no_file()
    {
        using var folder = new TempFolder();
        var data = DataFolder.Resolve(folder.Path);
        await using var store = await SeededStoreAsync(data);
        for (var i = 0; i < BackupFile.MaxPerSecond; i++)
        {
            Assert.NotNull(BackupFile.Reserve(data.Backups, OneSecond));
        }

        var result = await LocalApi.Backup(store, data, new FakeTimeProvider(OneSecond), default);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(409, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.Equal(BackupFile.MaxPerSecond, Directory.GetFiles(data.Backups).Length);
    }

    private static async Task<SqlitePortfolioStore> SeededStoreAsync(DataFolder data)
    {
        var store = await SqlitePortfolioStore.OpenAsync(new SqliteStoreOptions { DatabasePath = data.Database });
        await new PortfolioSeeder(store, TimeProvider.System, NullLogger<PortfolioSeeder>.Instance).SeedIfEmptyAsync(default);
        return store;
    }

    private static async Task<int> ProjectCountAsync(string backup)
    {
        await using var copy = await SqlitePortfolioStore.OpenAsync(new SqliteStoreOptions { DatabasePath = backup });
        return (await copy.Projects.ListAllAsync()).Count;
    }
}
