namespace Pmo.Application.Ports.Storage;

/// <summary>
/// Demands (requests for new projects). Point operations as every aggregate: replace with the ETag read (a stale one
/// throws <see cref="Validation.ConcurrencyException"/> and writes nothing).
/// </summary>
public interface IDemandStore : IDocumentStore<Demand>
{
    /// <summary>The demands in any of <paramref name="statuses"/>, ordered by id; none when the set is empty.</summary>
    Task<IReadOnlyList<Demand>> ListByStatusAsync(IReadOnlyCollection<DemandStatus> statuses, CancellationToken cancellationToken = default);
}
