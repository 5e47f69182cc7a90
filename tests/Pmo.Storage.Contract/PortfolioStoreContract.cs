using Pmo.Application.Ports.Storage;

namespace Pmo.Storage.Contract;

/// <summary>
/// The store contract: every behaviour of <see cref="IPortfolioStore"/> the application relies on, written once.
/// An implementation's test project inherits it once and says how to open a store:
/// <code>
/// public sealed class SqlitePortfolioStoreTests : PortfolioStoreContract
/// {
///     protected override Task&lt;IPortfolioStore&gt; CreateStoreAsync(string tenantId) => ...;
/// }
/// </code>
/// xunit builds a new instance per test, so each test starts with a fresh tenant (and, if the implementation wants,
/// a fresh database). The tests are split by topic into the partial files next to this one.
/// </summary>
public abstract partial class PortfolioStoreContract : IAsyncLifetime
{
    private readonly List<IPortfolioStore> _opened = [];

    /// <summary>This test's tenant: unique, so tests sharing one database never see each other's data.</summary>
    protected string TenantId { get; } = NewTenantId();

    /// <summary>The store of <see cref="TenantId"/>, opened before each test.</summary>
    protected IPortfolioStore Store { get; private set; } = null!;

    /// <summary>
    /// Opens a store of <paramref name="tenantId"/>. Every call made by one test instance must reach the same backend
    /// (file, database, container) so that two tenants share it; the backend must hold no data of that tenant yet.
    /// </summary>
    protected abstract Task<IPortfolioStore> CreateStoreAsync(string tenantId);

    /// <summary>
    /// For implementations that persist: closes <paramref name="store"/> (dispose it) and opens the same tenant again
    /// on the same backend. The default returns the same store, which makes the reopen tests check nothing extra.
    /// </summary>
    protected virtual Task<IPortfolioStore> ReopenAsync(IPortfolioStore store) => Task.FromResult(store);

    /// <summary>Removes what the test left behind (temp folder, database); runs after every store was disposed.</summary>
    protected virtual Task DeleteBackendAsync() => Task.CompletedTask;

    protected static string NewTenantId() => "t" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Opens another tenant's store on this test's backend; it is disposed with the test.</summary>
    protected async Task<IPortfolioStore> OpenStoreAsync(string tenantId)
    {
        var store = await CreateStoreAsync(tenantId);
        _opened.Add(store);
        return store;
    }

    /// <summary>Replaces <see cref="Store"/> by a reopened one (see <see cref="ReopenAsync"/>).</summary>
    protected async Task ReopenStoreAsync()
    {
        Store = await ReopenAsync(Store);
        _opened.Add(Store);
    }

    public async Task InitializeAsync() => Store = await OpenStoreAsync(TenantId);

    public async Task DisposeAsync()
    {
        foreach (var store in _opened.Distinct())
        {
            switch (store)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }

        await DeleteBackendAsync();
    }
}
