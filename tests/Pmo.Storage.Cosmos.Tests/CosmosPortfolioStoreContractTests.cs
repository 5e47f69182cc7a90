using Pmo.Application.Ports.Storage;
using Pmo.Storage.Contract;
using Pmo.Storage.Cosmos.Tests.Emulator;

namespace Pmo.Storage.Cosmos.Tests;

/// <summary>The store contract suite, unchanged, on the emulator: every test in its own tenant partition of one container.</summary>
[Collection(CosmosEmulatorCollection.Name)]
public sealed class CosmosPortfolioStoreContractTests(CosmosEmulatorFixture emulator) : PortfolioStoreContract
{
    protected override Task<IPortfolioStore> CreateStoreAsync(string tenantId) => Task.FromResult(emulator.Store(tenantId));

    /// <summary>A new store object on the same container: what survives is what Cosmos holds, not what an object kept.</summary>
    protected override Task<IPortfolioStore> ReopenAsync(IPortfolioStore store) => Task.FromResult(emulator.Store(store.TenantId));
}
