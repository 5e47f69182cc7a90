using Pmo.Storage.Contract;

namespace Pmo.Storage.Sqlite.Tests;

public sealed class CancellationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Delete();

    [Fact]
    public async Task A_cancelled_operation_throws_and_writes_nothing()
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Projects.CreateAsync(Samples.Project("P-001"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Projects.ListAllAsync(cancelled.Token));

        Assert.Null(await store.Projects.FindAsync("P-001"));
    }

    [Fact]
    public async Task A_disposed_store_refuses_work()
    {
        var store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        await store.DisposeAsync();
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.Projects.FindAsync("P-001"));
    }
}
