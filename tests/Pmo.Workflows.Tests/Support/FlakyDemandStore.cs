using Pmo.Application.Ports.Storage;
using Pmo.Domain.Intake;

namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// The real store whose demand writes can fail once (a transient outage after an activity's first effects), so a test
/// sees the activity retried against the real SQLite data. Everything else goes straight to the inner store.
/// </summary>
internal sealed class FlakyDemandStore(IPortfolioStore inner) : IPortfolioStore, IDemandStore
{
    private int _failed;

    /// <summary>The next demand replace this matches fails once, writing nothing.</summary>
    public Func<Demand, bool>? FailOnce { get; set; }

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
    public IAllocationStore Allocations => inner.Allocations;
    public IDemandStore Demands => this;

    /// <summary>The demand as stored now.</summary>
    public async Task<Demand> GetAsync(string id) => (await inner.Demands.FindAsync(id))!.Value;

    public Task<Versioned<Demand>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        inner.Demands.FindAsync(id, cancellationToken);

    public Task<Versioned<Demand>> CreateAsync(Demand item, CancellationToken cancellationToken = default) =>
        inner.Demands.CreateAsync(item, cancellationToken);

    public Task<Versioned<Demand>> ReplaceAsync(Demand item, string ifMatch, CancellationToken cancellationToken = default) =>
        FailOnce is { } fail && fail(item) && Interlocked.CompareExchange(ref _failed, 1, 0) == 0
            ? throw new IOException("Simulated: the store is unreachable.")
            : inner.Demands.ReplaceAsync(item, ifMatch, cancellationToken);

    public Task<Versioned<Demand>> UpsertAsync(Demand item, CancellationToken cancellationToken = default) =>
        inner.Demands.UpsertAsync(item, cancellationToken);

    public Task<bool> DeleteAsync(string id, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        inner.Demands.DeleteAsync(id, ifMatch, cancellationToken);

    public Task<IReadOnlyList<Demand>> ListByStatusAsync(IReadOnlyCollection<DemandStatus> statuses, CancellationToken cancellationToken = default) =>
        inner.Demands.ListByStatusAsync(statuses, cancellationToken);
}
