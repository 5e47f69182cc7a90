using Pmo.Application.Ports.Storage;

namespace Pmo.Workflows.Tests.Support;

/// <summary>The real store with every part passed through; a test double overrides the one part it makes misbehave.</summary>
internal abstract class PortfolioStoreDecorator(IPortfolioStore inner) : IPortfolioStore
{
    protected IPortfolioStore Inner => inner;

    public string TenantId => inner.TenantId;
    public virtual IProjectStore Projects => inner.Projects;
    public virtual IStatusUpdateStore StatusUpdates => inner.StatusUpdates;
    public virtual IUpdateRequestStore UpdateRequests => inner.UpdateRequests;
    public virtual IRiskStore Risks => inner.Risks;
    public virtual IIssueStore Issues => inner.Issues;
    public virtual IDecisionStore Decisions => inner.Decisions;
    public virtual IEscalationStore Escalations => inner.Escalations;
    public virtual IReviewPackStore ReviewPacks => inner.ReviewPacks;
    public virtual IArbitrationSessionStore ArbitrationSessions => inner.ArbitrationSessions;
    public virtual ISettingsStore Settings => inner.Settings;
    public virtual IIdempotencyStore Idempotency => inner.Idempotency;
    public virtual IPersonStore People => inner.People;
    public virtual IAllocationStore Allocations => inner.Allocations;
    public virtual IDemandStore Demands => inner.Demands;
}
