using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pmo.Application.Ports.Storage;
using Pmo.Storage.Contract;

namespace Pmo.Storage.Sqlite.Tests;

public sealed class ServiceCollectionTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Delete();

    [Fact]
    public async Task AddSqlitePortfolioStore_registers_one_store_that_the_container_disposes()
    {
        var services = new ServiceCollection().AddSqlitePortfolioStore(o =>
        {
            o.DatabasePath = _database.FilePath;
            o.TenantId = "acme";
        });

        await using (var provider = services.BuildServiceProvider(validateScopes: true))
        {
            var store = provider.GetRequiredService<IPortfolioStore>();
            Assert.Same(provider.GetRequiredService<SqlitePortfolioStore>(), store);
            Assert.Equal("acme", store.TenantId);
            await store.Projects.CreateAsync(Samples.Project("P-001"));
        }

        // Disposed by the container: the WAL was checkpointed into the file.
        var wal = new FileInfo(_database.FilePath + "-wal");
        Assert.True(!wal.Exists || wal.Length == 0);
    }

    [Fact]
    public async Task A_missing_database_path_is_reported_as_invalid_options()
    {
        await using var provider = new ServiceCollection().AddSqlitePortfolioStore(o => o.DatabasePath = "").BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IPortfolioStore>());

        Assert.Contains("DatabasePath", error.Message, StringComparison.Ordinal);
    }
}
