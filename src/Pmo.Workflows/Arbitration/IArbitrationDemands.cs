using Pmo.Domain.Intake;
using Pmo.Domain.Storage;

namespace Pmo.Workflows.Arbitration;

/// <summary>
/// The demands the arbitration reads and moves: the subset of the demand store (issue 24c's <c>IDemandStore</c>) this
/// workflow needs, so the session runs and is tested before that store is merged. The hosts get an implementation
/// over <c>IPortfolioStore.Demands</c> once it exists.
/// </summary>
public interface IArbitrationDemands
{
    Task<Versioned<Demand>?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The demands in any of <paramref name="statuses"/>, ordered by id.</summary>
    Task<IReadOnlyList<Demand>> ListByStatusAsync(IReadOnlyCollection<DemandStatus> statuses, CancellationToken cancellationToken = default);

    /// <summary>Replaces the version read; a stale ETag throws <see cref="Domain.Validation.ConcurrencyException"/>.</summary>
    Task<Versioned<Demand>> ReplaceAsync(Demand demand, string ifMatch, CancellationToken cancellationToken = default);
}
