namespace Pmo.Application.Ports.Storage;

/// <summary>
/// The store port: everything the workflows and the API read and write, for one tenant (organisation).
/// Implemented on SQLite (local default) and Cosmos DB (Azure); both pass the same contract test suite.
/// </summary>
public interface IPortfolioStore
{
    /// <summary>The organisation whose data this store holds; signed links carry it and must match.</summary>
    string TenantId { get; }

    IProjectStore Projects { get; }
    IStatusUpdateStore StatusUpdates { get; }
    IUpdateRequestStore UpdateRequests { get; }
    IRiskStore Risks { get; }
    IIssueStore Issues { get; }
    IDecisionStore Decisions { get; }
    IEscalationStore Escalations { get; }
    IReviewPackStore ReviewPacks { get; }
    IArbitrationSessionStore ArbitrationSessions { get; }
    ISettingsStore Settings { get; }
    IIdempotencyStore Idempotency { get; }
    IPersonStore People { get; }
    IAllocationStore Allocations { get; }
    IDemandStore Demands { get; }
}
