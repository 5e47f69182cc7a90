using Pmo.Storage.Cosmos.Setup;

namespace Pmo.Storage.Cosmos;

/// <summary>Opens the store of any tenant on the shared container (the host's own tenant is registered as IPortfolioStore).</summary>
public sealed class CosmosPortfolioStoreFactory(CosmosContainerProvider containers, ICosmosRequestCharges charges, ILogger<CosmosPortfolioStore> logger)
{
    public IPortfolioStore ForTenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return new CosmosPortfolioStore(new TenantPartition(containers, tenantId, charges, logger));
    }
}
