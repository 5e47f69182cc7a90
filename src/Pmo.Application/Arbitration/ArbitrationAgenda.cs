namespace Pmo.Application.Arbitration;

/// <summary>A session's demands as the pack, the reminder and the vote page show them.</summary>
public static class ArbitrationAgenda
{
    /// <summary>
    /// The agenda's demands in the session's order (ranked when it opened), each with its weighted score under
    /// <paramref name="weights"/>; the rank is the position on the agenda.
    /// </summary>
    public static async Task<IReadOnlyList<RankedDemand>> LoadAsync(
        IPortfolioStore store, ArbitrationSession session, PriorityWeights weights, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(session);
        List<Demand> onAgenda = [];
        foreach (var id in session.Agenda)
        {
            onAgenda.Add((await store.Demands.FindAsync(id, cancellationToken))?.Value ?? throw new NotFoundException("Demand", id));
        }

        var ranked = DemandRanking.Rank(onAgenda, weights).ToDictionary(r => r.Demand.Id, StringComparer.Ordinal);
        return [.. session.Agenda.Select((id, i) => ranked[id] with { Rank = i + 1 })];
    }
}
