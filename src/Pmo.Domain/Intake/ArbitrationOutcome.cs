namespace Pmo.Domain.Intake;

/// <summary>The outcome of one demand with the count behind it, and a sentence saying which branch of the rule applied.</summary>
public sealed record ArbitrationDecision(
    string DemandId,
    VoteChoice Outcome,
    int Go,
    int NoGo,
    int Defer,
    VoteChoice? ChairVote,
    string Reason)
{
    public DemandStatus DemandStatus => Outcome switch
    {
        VoteChoice.Go => DemandStatus.Go,
        VoteChoice.NoGo => DemandStatus.NoGo,
        _ => DemandStatus.Deferred,
    };
}

/// <summary>
/// Turns a session's votes on a demand into GO, NO-GO or Defer. Only votes cast count: a member who never votes
/// is neither for nor against. Each member counts once (their latest vote).
/// <list type="bullet">
/// <item><b>Majority</b>: the choice with the most votes (a plurality, so 2 GO, 1 NO-GO, 1 DEFER is a GO). When two or
/// three choices share the top count, the chair's vote breaks the tie if it is one of them; if the chair did not vote
/// (or voted for a choice outside the tie), the demand is deferred. No vote at all → Defer.</item>
/// <item><b>ChairDecides</b>: the chair's vote, whatever the others voted; Defer if the chair did not vote.</item>
/// </list>
/// Defer is the safe default: the demand goes back to Qualified for the next session rather than being decided
/// without a clear committee.
/// </summary>
public static class ArbitrationOutcome
{
    public static ArbitrationDecision Decide(ArbitrationSession session, string demandId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var votes = session.VotesOn(demandId);
        int Count(VoteChoice c) => votes.Count(v => v.Choice == c);
        var chair = votes.FirstOrDefault(v => string.Equals(v.MemberEmail, session.Chair.Email, StringComparison.OrdinalIgnoreCase))?.Choice;

        var (outcome, reason) = session.Rule == ArbitrationRule.ChairDecides
            ? ChairDecides(chair)
            : Majority(votes.Select(v => v.Choice).ToList(), chair);
        return new ArbitrationDecision(demandId, outcome, Count(VoteChoice.Go), Count(VoteChoice.NoGo), Count(VoteChoice.Defer), chair, reason);
    }

    private static (VoteChoice, string) ChairDecides(VoteChoice? chair) =>
        chair is { } c ? (c, "The chair decides.") : (VoteChoice.Defer, "The chair decides and did not vote: deferred.");

    private static (VoteChoice, string) Majority(List<VoteChoice> cast, VoteChoice? chair)
    {
        if (cast.Count == 0)
        {
            return (VoteChoice.Defer, "No member voted: deferred.");
        }

        var counts = cast.GroupBy(c => c).Select(g => (Choice: g.Key, Count: g.Count())).ToList();
        var top = counts.Max(c => c.Count);
        var leaders = counts.Where(c => c.Count == top).Select(c => c.Choice).ToList();
        if (leaders.Count == 1)
        {
            return (leaders[0], "Most votes cast.");
        }

        return chair is { } c && leaders.Contains(c)
            ? (c, "Tie broken by the chair's vote.")
            : (VoteChoice.Defer, "Tie and no casting vote from the chair: deferred.");
    }
}
