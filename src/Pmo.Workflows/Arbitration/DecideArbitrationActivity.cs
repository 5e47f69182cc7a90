namespace Pmo.Workflows.Arbitration;

/// <summary>
/// At the deadline: decides each agenda demand from the stored votes (<see cref="ArbitrationOutcome.Decide"/>), records
/// the outcome in the decision log (one entry per demand, deterministic id and instant, so a retry rewrites the same
/// entry) and moves the demand to Go, NoGo or Deferred.
/// </summary>
public sealed class DecideArbitrationActivity(IPortfolioStore store)
    : TaskActivity<YearMonth, IReadOnlyList<ArbitrationDecision>>
{
    public const string Forum = "Arbitration committee";

    public static string DecisionId(YearMonth month, string demandId) => $"arbitration-{month}-{demandId}";

    public override async Task<IReadOnlyList<ArbitrationDecision>> RunAsync(TaskActivityContext context, YearMonth input)
    {
        var session = (await store.ArbitrationSessions.FindAsync(input))?.Value ?? throw new NotFoundException("ArbitrationSession", input.ToString());
        List<ArbitrationDecision> decisions = [];
        foreach (var demandId in session.Agenda)
        {
            var decision = ArbitrationOutcome.Decide(session, demandId);
            var demand = (await store.Demands.FindAsync(demandId))?.Value ?? throw new NotFoundException("Demand", demandId);
            await store.Decisions.UpsertAsync(LogEntry(session, demand, decision));
            await DemandMoves.MoveAsync(
                store.Demands, demandId, DemandStatus.InArbitration, decision.DemandStatus, DemandActor.Committee, Forum, session.DeadlineUtc, Rationale(decision));
            decisions.Add(decision);
        }

        return decisions;
    }

    /// <summary>"Most votes cast. GO 2, NO-GO 1, Defer 0; the chair voted GO."</summary>
    public static string Rationale(ArbitrationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var chair = decision.ChairVote is { } c ? $"the chair voted {Label(c)}" : "the chair did not vote";
        return $"{decision.Reason} GO {decision.Go}, NO-GO {decision.NoGo}, Defer {decision.Defer}; {chair}.";
    }

    public static string Label(VoteChoice choice) => choice switch
    {
        VoteChoice.Go => "GO",
        VoteChoice.NoGo => "NO-GO",
        _ => "Defer",
    };

    private static Decision LogEntry(ArbitrationSession session, Demand demand, ArbitrationDecision decision) => new()
    {
        Id = DecisionId(session.Month, demand.Id),
        ProjectId = GoProjectIds.For(demand.Id),
        Title = $"Arbitration {session.Month}: {demand.Title}",
        Outcome = decision.Outcome switch
        {
            VoteChoice.Go => DecisionOutcome.Approve,
            VoteChoice.NoGo => DecisionOutcome.Reject,
            _ => DecisionOutcome.Defer,
        },
        Rationale = Rationale(decision),
        DecidedBy = session.Chair.Name.Length > 0 ? session.Chair.Name : Forum,
        Forum = Forum,
        DecidedAt = session.DeadlineUtc,
    };
}
