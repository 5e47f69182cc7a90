namespace Pmo.Domain.Intake;

/// <summary>Who moves a demand: its requester, the PMO, or the arbitration committee (through the session's outcome).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DemandActor>))]
public enum DemandActor
{
    Requester,
    Pmo,
    Committee,
}

/// <summary>The demand after a move, or the errors (field "status", or "comment") that refused it.</summary>
public sealed record DemandTransitionResult(Demand? Demand, ValidationErrors Errors)
{
    public bool Succeeded => Demand is not null;
}

/// <summary>
/// The demand's state machine. The requester submits, amends while the demand is Submitted or Returned (an amendment of
/// a Returned demand resubmits it) and may withdraw it until the committee has it; the PMO qualifies or returns
/// (with a comment), puts qualified demands on a session's agenda and brings deferred ones back for the next session;
/// only the session's outcome moves InArbitration to Go, NoGo or Deferred. Go, NoGo and Withdrawn are final.
/// </summary>
public static class DemandTransitions
{
    private static readonly Dictionary<(DemandStatus From, DemandStatus To), DemandActor[]> Allowed = new()
    {
        [(DemandStatus.Draft, DemandStatus.Submitted)] = [DemandActor.Requester],
        [(DemandStatus.Returned, DemandStatus.Submitted)] = [DemandActor.Requester],
        [(DemandStatus.Submitted, DemandStatus.Qualified)] = [DemandActor.Pmo],
        [(DemandStatus.Submitted, DemandStatus.Returned)] = [DemandActor.Pmo],
        [(DemandStatus.Qualified, DemandStatus.Returned)] = [DemandActor.Pmo],
        [(DemandStatus.Qualified, DemandStatus.InArbitration)] = [DemandActor.Pmo],
        [(DemandStatus.InArbitration, DemandStatus.Go)] = [DemandActor.Committee],
        [(DemandStatus.InArbitration, DemandStatus.NoGo)] = [DemandActor.Committee],
        [(DemandStatus.InArbitration, DemandStatus.Deferred)] = [DemandActor.Committee],
        [(DemandStatus.Deferred, DemandStatus.Qualified)] = [DemandActor.Pmo],
        [(DemandStatus.Draft, DemandStatus.Withdrawn)] = [DemandActor.Requester, DemandActor.Pmo],
        [(DemandStatus.Submitted, DemandStatus.Withdrawn)] = [DemandActor.Requester, DemandActor.Pmo],
        [(DemandStatus.Returned, DemandStatus.Withdrawn)] = [DemandActor.Requester, DemandActor.Pmo],
        [(DemandStatus.Qualified, DemandStatus.Withdrawn)] = [DemandActor.Requester, DemandActor.Pmo],
        [(DemandStatus.Deferred, DemandStatus.Withdrawn)] = [DemandActor.Requester, DemandActor.Pmo],
    };

    public static bool IsFinal(this DemandStatus status) =>
        status is DemandStatus.Go or DemandStatus.NoGo or DemandStatus.Withdrawn;

    public static bool IsAllowed(DemandStatus from, DemandStatus to, DemandActor actor) =>
        Allowed.TryGetValue((from, to), out var actors) && actors.Contains(actor);

    /// <summary>The requester may change the demand's content (not its status) only while it is Submitted or Returned.</summary>
    public static bool CanAmend(DemandStatus status, DemandActor actor) =>
        actor == DemandActor.Requester && status is DemandStatus.Submitted or DemandStatus.Returned
        || actor == DemandActor.Pmo && status is DemandStatus.Submitted;

    /// <summary>Applies the move and records it in the history; returning requires a comment, which the demand keeps.</summary>
    public static DemandTransitionResult Apply(
        Demand demand, DemandStatus to, DemandActor actor, string actorName, DateTimeOffset at, string comment = "")
    {
        ArgumentNullException.ThrowIfNull(demand);
        var errors = new ValidationErrors()
            .When(!IsAllowed(demand.Status, to, actor), "status",
                $"a demand that is {demand.Status} cannot be moved to {to} by the {actor.ToString().ToLowerInvariant()}.")
            .When(to == DemandStatus.Returned && string.IsNullOrWhiteSpace(comment), "comment",
                "is required when a demand is returned to its requester.")
            .MaxLength(comment, "comment", FieldRules.LongText);
        if (!errors.IsValid)
        {
            return new DemandTransitionResult(null, errors);
        }

        var change = new DemandStatusChange(demand.Status, to, actor, actorName ?? "", at, comment?.Trim() ?? "");
        var moved = demand with
        {
            Status = to,
            History = [.. demand.History, change],
            SubmittedAt = to == DemandStatus.Submitted ? demand.SubmittedAt ?? at : demand.SubmittedAt,
            ReturnedComment = to switch
            {
                DemandStatus.Returned => change.Comment,
                DemandStatus.Submitted => null,
                _ => demand.ReturnedComment,
            },
        };
        return new DemandTransitionResult(moved, errors);
    }
}
