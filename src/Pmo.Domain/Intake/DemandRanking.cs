namespace Pmo.Domain.Intake;

/// <summary>A demand's place on the arbitration agenda.</summary>
public sealed record RankedDemand(int Rank, Demand Demand, decimal Score);

/// <summary>Orders demands by the same weighted score as the portfolio's projects (<see cref="Prioritisation.Score"/>).</summary>
public static class DemandRanking
{
    /// <summary>
    /// Highest score first; equal scores by first submission (earlier first, never-submitted last), then by id,
    /// so the agenda does not change from one run to the next.
    /// </summary>
    public static IReadOnlyList<RankedDemand> Rank(IEnumerable<Demand> demands, PriorityWeights weights)
    {
        ArgumentNullException.ThrowIfNull(demands);
        return demands
            .Select(d => (Demand: d, Score: Prioritisation.Score(d.Scores, weights)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Demand.SubmittedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(x => x.Demand.Id, StringComparer.Ordinal)
            .Select((x, i) => new RankedDemand(i + 1, x.Demand, x.Score))
            .ToList();
    }
}
