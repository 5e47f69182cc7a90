using Pmo.Application.Ports.Storage;
using Pmo.Domain.Intake;

namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// The real store whose demand writes can fail once (a transient outage after an activity's first effects), so a test
/// sees the activity retried against the real SQLite data. Everything else goes straight to the inner store.
/// </summary>
internal sealed class FlakyDemandStore(IPortfolioStore store) : PortfolioStoreDecorator(store), IDemandStore
{
    private int _failed;

    /// <summary>The next demand replace this matches fails once, writing nothing.</summary>
    public Func<Demand, bool>? FailOnce { get; set; }

    public override IDemandStore Demands => this;

    /// <summary>The demand as stored now.</summary>
    public async Task<Demand> GetAsync(string id) => (await Inner.Demands.FindAsync(id))!.Value;

    public Task<Versioned<Demand>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Inner.Demands.FindAsync(id, cancellationToken);

    public Task<Versioned<Demand>> CreateAsync(Demand item, CancellationToken cancellationToken = default) =>
        Inner.Demands.CreateAsync(item, cancellationToken);

    public Task<Versioned<Demand>> ReplaceAsync(Demand item, string ifMatch, CancellationToken cancellationToken = default) =>
        FailOnce is { } fail && fail(item) && Interlocked.CompareExchange(ref _failed, 1, 0) == 0
            ? throw new IOException("Simulated: the store is unreachable.")
            : Inner.Demands.ReplaceAsync(item, ifMatch, cancellationToken);

    public Task<Versioned<Demand>> UpsertAsync(Demand item, CancellationToken cancellationToken = default) =>
        Inner.Demands.UpsertAsync(item, cancellationToken);

    public Task<bool> DeleteAsync(string id, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        Inner.Demands.DeleteAsync(id, ifMatch, cancellationToken);

    public Task<IReadOnlyList<Demand>> ListByStatusAsync(IReadOnlyCollection<DemandStatus> statuses, CancellationToken cancellationToken = default) =>
        Inner.Demands.ListByStatusAsync(statuses, cancellationToken);
}
