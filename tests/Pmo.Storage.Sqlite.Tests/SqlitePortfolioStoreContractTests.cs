using Pmo.Application.Ports.Storage;
using Pmo.Storage.Contract;

namespace Pmo.Storage.Sqlite.Tests;

/// <summary>The whole store contract against a real SQLite file: one fresh file per test, reopened from disk on demand.</summary>
public sealed class SqlitePortfolioStoreContractTests : PortfolioStoreContract
{
    private readonly TempDatabase _database = new();

    protected override async Task<IPortfolioStore> CreateStoreAsync(string tenantId) =>
        await SqlitePortfolioStore.OpenAsync(_database.Options(tenantId));

    protected override async Task<IPortfolioStore> ReopenAsync(IPortfolioStore store)
    {
        await ((SqlitePortfolioStore)store).DisposeAsync();
        return await SqlitePortfolioStore.OpenAsync(_database.Options(store.TenantId));
    }

    protected override Task DeleteBackendAsync()
    {
        _database.Delete();
        return Task.CompletedTask;
    }
}
