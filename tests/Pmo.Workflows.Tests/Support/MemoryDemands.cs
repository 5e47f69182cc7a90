using System.Collections.Concurrent;
using Pmo.Domain.Intake;
using Pmo.Domain.Storage;
using Pmo.Domain.Validation;
using Pmo.Workflows.Arbitration;

namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// The arbitration's demands until the demand store (24c) is merged: versioned like a store (a stale ETag is a
/// conflict), and able to fail one write to make an activity retry.
/// </summary>
internal sealed class MemoryDemands : IArbitrationDemands
{
    private readonly ConcurrentDictionary<string, Versioned<Demand>> _demands = new(StringComparer.Ordinal);
    private int _version;
    private int _failed;

    /// <summary>The next replace this matches fails once, writing nothing (a transient store error).</summary>
    public Func<Demand, bool>? FailOnce { get; set; }

    public void Add(Demand demand) => _demands[demand.Id] = new Versioned<Demand>(demand, NextTag());

    public Demand this[string id] => _demands[id].Value;

    public Task<Versioned<Demand>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_demands.TryGetValue(id, out var d) ? d : null);

    public Task<IReadOnlyList<Demand>> ListByStatusAsync(IReadOnlyCollection<DemandStatus> statuses, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Demand>>([.. _demands.Values.Select(v => v.Value).Where(d => statuses.Contains(d.Status)).OrderBy(d => d.Id, StringComparer.Ordinal)]);

    public Task<Versioned<Demand>> ReplaceAsync(Demand demand, string ifMatch, CancellationToken cancellationToken = default)
    {
        if (FailOnce is { } fail && fail(demand) && Interlocked.CompareExchange(ref _failed, 1, 0) == 0)
        {
            throw new IOException("Simulated: the store is unreachable.");
        }

        var current = _demands.TryGetValue(demand.Id, out var c) ? c : throw new NotFoundException("Demand", demand.Id);
        var replaced = new Versioned<Demand>(demand, NextTag());
        return current.ETag == ifMatch && _demands.TryUpdate(demand.Id, replaced, current)
            ? Task.FromResult(replaced)
            : throw new ConcurrencyException("Demand", demand.Id);
    }

    private string NextTag() => $"v{Interlocked.Increment(ref _version)}";
}
