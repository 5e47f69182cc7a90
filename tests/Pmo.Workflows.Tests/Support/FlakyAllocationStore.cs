using Pmo.Application.Ports.Storage;
using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;

namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// The real store whose allocation writes can fail once after a given number of successes (an outage half-way through a
/// staffing), so a test sees what a retry does with the real SQLite data. Everything else goes to the inner store.
/// </summary>
internal sealed class FlakyAllocationStore(IPortfolioStore inner) : IPortfolioStore, IAllocationStore
{
    private int _writes;

    /// <summary>The allocation write with this 0-based index fails once, writing nothing; null never fails.</summary>
    public int? FailWrite { get; set; }

    public string TenantId => inner.TenantId;
    public IProjectStore Projects => inner.Projects;
    public IStatusUpdateStore StatusUpdates => inner.StatusUpdates;
    public IUpdateRequestStore UpdateRequests => inner.UpdateRequests;
    public IRiskStore Risks => inner.Risks;
    public IIssueStore Issues => inner.Issues;
    public IDecisionStore Decisions => inner.Decisions;
    public IEscalationStore Escalations => inner.Escalations;
    public IReviewPackStore ReviewPacks => inner.ReviewPacks;
    public IArbitrationSessionStore ArbitrationSessions => inner.ArbitrationSessions;
    public ISettingsStore Settings => inner.Settings;
    public IIdempotencyStore Idempotency => inner.Idempotency;
    public IPersonStore People => inner.People;
    public IAllocationStore Allocations => this;
    public IDemandStore Demands => inner.Demands;

    public Task<Allocation?> FindAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default) =>
        inner.Allocations.FindAsync(personId, projectId, month, cancellationToken);

    public Task<Allocation?> SetAsync(Allocation allocation, CancellationToken cancellationToken = default)
    {
        if (FailWrite == _writes++)
        {
            FailWrite = null;
            throw new IOException("Simulated: the store is unreachable.");
        }

        return inner.Allocations.SetAsync(allocation, cancellationToken);
    }

    public Task<bool> DeleteAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default) =>
        inner.Allocations.DeleteAsync(personId, projectId, month, cancellationToken);

    public Task<IReadOnlyList<Allocation>> ListAsync(AllocationQuery query, CancellationToken cancellationToken = default) =>
        inner.Allocations.ListAsync(query, cancellationToken);
}
