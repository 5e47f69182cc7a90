using Pmo.Storage.Cosmos.Stores;

namespace Pmo.Storage.Cosmos;

/// <summary>
/// The store port on Cosmos DB for one tenant: every document of the tenant in one logical partition of the shared
/// container (partition key = tenant id), so every read and query stays in that partition. Cheap to create: it holds
/// no connection (the process's one CosmosClient lives in <see cref="Setup.CosmosContainerProvider"/>).
/// </summary>
public sealed class CosmosPortfolioStore : IPortfolioStore
{
    internal CosmosPortfolioStore(TenantPartition partition)
    {
        TenantId = partition.TenantId;
        var projects = new CosmosProjectStore(partition);
        Projects = projects;
        StatusUpdates = new CosmosStatusUpdateStore(partition, projects);
        UpdateRequests = new CosmosUpdateRequestStore(partition);
        Risks = new CosmosRiskStore(partition);
        Issues = new CosmosIssueStore(partition);
        Decisions = new CosmosDecisionStore(partition);
        Escalations = new CosmosEscalationStore(partition);
        ReviewPacks = new CosmosReviewPackStore(partition);
        ArbitrationSessions = new CosmosArbitrationSessionStore(partition);
        Settings = new CosmosSettingsStore(partition);
        Idempotency = new CosmosIdempotencyStore(partition);
        People = new CosmosPersonStore(partition);
        Allocations = new CosmosAllocationStore(partition);
        Demands = new CosmosDemandStore(partition);
    }

    public string TenantId { get; }
    public IProjectStore Projects { get; }
    public IStatusUpdateStore StatusUpdates { get; }
    public IUpdateRequestStore UpdateRequests { get; }
    public IRiskStore Risks { get; }
    public IIssueStore Issues { get; }
    public IDecisionStore Decisions { get; }
    public IEscalationStore Escalations { get; }
    public IReviewPackStore ReviewPacks { get; }
    public IArbitrationSessionStore ArbitrationSessions { get; }
    public ISettingsStore Settings { get; }
    public IIdempotencyStore Idempotency { get; }
    public IPersonStore People { get; }
    public IAllocationStore Allocations { get; }
    public IDemandStore Demands { get; }
}
