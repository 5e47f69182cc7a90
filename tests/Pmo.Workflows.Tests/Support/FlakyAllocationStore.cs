using Pmo.Application.Ports.Storage;
using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;

namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// The real store whose allocation writes can fail once after a given number of successes (an outage half-way through a
/// staffing), so a test sees what a retry does with the real SQLite data. Everything else goes to the inner store.
/// </summary>
internal sealed class FlakyAllocationStore(IPortfolioStore store) : PortfolioStoreDecorator(store), IAllocationStore
{
    private int _writes;

    /// <summary>The allocation write with this 0-based index fails once, writing nothing; null never fails.</summary>
    public int? FailWrite { get; set; }

    public override IAllocationStore Allocations => this;

    public Task<Allocation?> FindAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default) =>
        Inner.Allocations.FindAsync(personId, projectId, month, cancellationToken);

    public Task<Allocation?> SetAsync(Allocation allocation, CancellationToken cancellationToken = default)
    {
        if (FailWrite == _writes++)
        {
            FailWrite = null;
            throw new IOException("Simulated: the store is unreachable.");
        }

        return Inner.Allocations.SetAsync(allocation, cancellationToken);
    }

    public Task<bool> DeleteAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default) =>
        Inner.Allocations.DeleteAsync(personId, projectId, month, cancellationToken);

    public Task<IReadOnlyList<Allocation>> ListAsync(AllocationQuery query, CancellationToken cancellationToken = default) =>
        Inner.Allocations.ListAsync(query, cancellationToken);
}
