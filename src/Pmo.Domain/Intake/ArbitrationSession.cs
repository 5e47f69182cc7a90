namespace Pmo.Domain.Intake;

/// <summary>How the committee's votes on a demand become its outcome (see <see cref="ArbitrationOutcome"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArbitrationRule>))]
public enum ArbitrationRule
{
    Majority,
    ChairDecides,
}

[JsonConverter(typeof(JsonStringEnumConverter<VoteChoice>))]
public enum VoteChoice
{
    Go,
    NoGo,
    Defer,
}

/// <summary>One member's vote on one demand, cast through a signed decision link. The member is named by e-mail.</summary>
public sealed record ArbitrationVote(string MemberEmail, string DemandId, VoteChoice Choice, DateTimeOffset At, string Comment = "");

/// <summary>
/// The arbitration committee's session of one month: its members and chair, the rule, the ranked agenda, the votes
/// cast so far and the deadline after which none is accepted.
/// </summary>
public sealed record ArbitrationSession : IAggregate
{
    public required string Id { get; init; }
    public required YearMonth Month { get; init; }
    public required IReadOnlyList<Contact> Members { get; init; }

    /// <summary>The chair; a member like the others, whose vote breaks ties (or decides, under <see cref="ArbitrationRule.ChairDecides"/>).</summary>
    public required Contact Chair { get; init; }
    public ArbitrationRule Rule { get; init; } = ArbitrationRule.Majority;

    /// <summary>Demand ids, best ranked first.</summary>
    public IReadOnlyList<string> Agenda { get; init; } = [];
    public IReadOnlyList<ArbitrationVote> Votes { get; init; } = [];

    /// <summary>UTC instant from which votes are refused: a vote cast exactly at it is late.</summary>
    public required DateTimeOffset DeadlineUtc { get; init; }

    public bool IsMember(string? email) =>
        email is not null && Members.Append(Chair).Any(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Why <paramref name="vote"/> cannot be recorded at <paramref name="nowUtc"/>, by field: "at" when the deadline has
    /// come (at or after it), "memberEmail" when the voter is not on the committee, "demandId" when the demand is not on
    /// the agenda. Empty when it can. A member who votes again on the same demand before the deadline is accepted: the
    /// later vote replaces the earlier one (<see cref="Record"/>), so each member has one vote per demand.
    /// </summary>
    public ValidationErrors Check(ArbitrationVote vote, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return new ValidationErrors()
            .When(nowUtc >= DeadlineUtc, "at", "the session's voting deadline has passed.")
            .When(!IsMember(vote.MemberEmail), "memberEmail", "is not a member of the arbitration committee.")
            .When(!Agenda.Contains(vote.DemandId, StringComparer.Ordinal), "demandId", "is not on the session's agenda.")
            .Defined(vote.Choice, "choice")
            .MaxLength(vote.Comment, "comment", FieldRules.LongText);
    }

    /// <summary>True when <see cref="Check"/> finds nothing: before the deadline, from a member, on the agenda.</summary>
    public bool Accepts(ArbitrationVote vote, DateTimeOffset nowUtc) => Check(vote, nowUtc).IsValid;

    /// <summary>
    /// The session with <paramref name="vote"/> recorded, stamped at <paramref name="nowUtc"/>; a previous vote of the
    /// same member on the same demand is replaced (a member may change their mind until the deadline).
    /// </summary>
    /// <exception cref="DomainValidationException">The vote is refused (see <see cref="Check"/>).</exception>
    public ArbitrationSession Record(ArbitrationVote vote, DateTimeOffset nowUtc)
    {
        Check(vote, nowUtc).ThrowIfInvalid();
        var kept = Votes.Where(v => !SameBallot(v, vote));
        return this with { Votes = [.. kept, vote with { At = nowUtc }] };
    }

    /// <summary>Each member's latest vote on <paramref name="demandId"/>; members who never voted are absent.</summary>
    public IReadOnlyList<ArbitrationVote> VotesOn(string demandId) =>
        [.. Votes
            .Where(v => v.DemandId == demandId && IsMember(v.MemberEmail))
            .GroupBy(v => v.MemberEmail, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.MaxBy(v => v.At)!)];

    private static bool SameBallot(ArbitrationVote a, ArbitrationVote b) =>
        a.DemandId == b.DemandId && string.Equals(a.MemberEmail, b.MemberEmail, StringComparison.OrdinalIgnoreCase);
}
