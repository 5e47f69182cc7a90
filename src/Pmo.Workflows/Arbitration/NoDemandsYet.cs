using Pmo.Domain.Intake;
using Pmo.Domain.Storage;
using Pmo.Domain.Validation;

namespace Pmo.Workflows.Arbitration;

/// <summary>
/// The demands until the demand store (issue 24c) is merged: there are none, so a session opens with an empty agenda
/// and ends at once. Replaced then by an adapter over <c>IPortfolioStore.Demands</c>.
/// </summary>
internal sealed class NoDemandsYet : IArbitrationDemands
{
    public Task<Versioned<Demand>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult<Versioned<Demand>?>(null);

    public Task<IReadOnlyList<Demand>> ListByStatusAsync(IReadOnlyCollection<DemandStatus> statuses, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Demand>>([]);

    public Task<Versioned<Demand>> ReplaceAsync(Demand demand, string ifMatch, CancellationToken cancellationToken = default) =>
        throw new NotFoundException("Demand", demand?.Id ?? "");
}
