namespace Pmo.Application.Arbitration;

/// <summary>One vote as the page posts it.</summary>
public sealed record BallotInput(string DemandId, VoteChoice Choice, string? Comment = null);

/// <summary>
/// What a member's vote page shows: the session, the agenda's demands in order with their scores, whether votes are
/// closed, and the organisation's time zone for the deadline.
/// </summary>
public sealed record ArbitrationVotePage(
    LinkClaims Link, ArbitrationSession Session, Contact Member, IReadOnlyList<RankedDemand> Agenda, bool Closed, TimeZoneInfo Zone)
{
    /// <summary>The member's current vote on <paramref name="demandId"/>, if any.</summary>
    public ArbitrationVote? VoteOf(string demandId) =>
        Session.VotesOn(demandId).FirstOrDefault(v => ArbitrationMembers.Same(v.MemberEmail, Member.Email));
}

/// <summary>
/// The member's vote page behind a signed <see cref="LinkPurpose.ArbitrationVote"/> link. A vote is stored first, in
/// the session, over the version read (a concurrent vote of another member makes the write retry on the new version,
/// so none is lost), then the session's orchestration is told. Votes close at the deadline: the domain refuses a vote
/// at or after it, and the page then says the session is closed.
/// </summary>
public sealed partial class ArbitrationVoteService(
    IPortfolioStore store,
    LinkSigner signer,
    IWorkflowSignals signals,
    TimeProvider time,
    ILogger<ArbitrationVoteService> logger)
{
    private const int Attempts = 8;

    public async Task<ArbitrationVotePage> OpenAsync(string token, CancellationToken cancellationToken = default)
    {
        var (claims, session) = await ResolveAsync(token, cancellationToken);
        var view = await GovernanceView.LoadAsync(store, cancellationToken);
        var agenda = await ArbitrationAgenda.LoadAsync(store, session.Value, view.Settings.PriorityWeights, cancellationToken);
        var member = ArbitrationMembers.Of(session.Value).First(m => ArbitrationMembers.Same(m.Email, claims.Actor));
        return new ArbitrationVotePage(claims, session.Value, member, agenda, time.GetUtcNow() >= session.Value.DeadlineUtc, view.Calendar.TimeZone);
    }

    /// <summary>
    /// Records the member's votes (a later vote on the same demand replaces the earlier one). Throws
    /// <see cref="LinkRefusedException"/> (bad link; <see cref="LinkRefusal.Closed"/> at or after the deadline) or
    /// <see cref="DomainValidationException"/> naming <c>votes[i].demandId</c>, <c>votes[i].choice</c>, <c>votes[i].comment</c>.
    /// </summary>
    public async Task<ArbitrationSession> VoteAsync(string token, IReadOnlyList<BallotInput> ballots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        for (var attempt = 1; ; attempt++)
        {
            var (claims, session) = await ResolveAsync(token, cancellationToken);
            var now = time.GetUtcNow();
            var votes = ballots.Select(b => new ArbitrationVote(claims.Actor, b.DemandId ?? "", b.Choice, now, b.Comment?.Trim() ?? "")).ToList();
            var updated = Apply(session.Value, votes, now);
            try
            {
                var stored = await store.ArbitrationSessions.ReplaceAsync(updated, session.ETag, cancellationToken);
                await TellAsync(stored.Value.Month, claims.Actor, votes, now, cancellationToken);
                return stored.Value;
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                // Another member voted between our read and our write: vote again on their version.
            }
        }
    }

    private static ArbitrationSession Apply(ArbitrationSession session, List<ArbitrationVote> votes, DateTimeOffset now)
    {
        var errors = new ValidationErrors().When(votes.Count == 0, "votes", "must hold at least one vote.");
        for (var i = 0; i < votes.Count; i++)
        {
            var check = session.Check(votes[i], now);
            if (check.Fields.Contains("at"))
            {
                throw new LinkRefusedException(LinkRefusal.Closed);
            }

            errors.Merge($"votes[{i}]", check);
        }

        errors.ThrowIfInvalid();
        return votes.Aggregate(session, (s, v) => s.Record(v, now));
    }

    private async Task<(LinkClaims, Versioned<ArbitrationSession>)> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        var claims = signer.VerifyOrThrow(token, LinkPurpose.ArbitrationVote, store.TenantId, time.GetUtcNow());
        if (!YearMonth.TryParse(claims.RequestId, out var month))
        {
            throw new LinkRefusedException(LinkRefusal.Malformed);
        }

        var session = await store.ArbitrationSessions.FindAsync(month, cancellationToken)
            ?? throw new NotFoundException("ArbitrationSession", claims.RequestId);

        // A link signed for someone no longer on the committee does not vote.
        return session.Value.IsMember(claims.Actor) ? (claims, session) : throw new LinkRefusedException(LinkRefusal.BadSignature);
    }

    private async Task TellAsync(YearMonth month, string member, IReadOnlyList<ArbitrationVote> votes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The vote is stored: a lost event only means the orchestration may remind this member, and the reminder
        // reads the stored votes before writing to anyone.
        var payload = new ArbitrationVoteCast(month, member, [.. votes.Select(v => v.DemandId)], now);
        try
        {
            await signals.RaiseAsync(InstanceIds.Arbitration(month), WorkflowEvents.ArbitrationVoteCast, payload, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRaiseFailed(ex, InstanceIds.Arbitration(month));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {InstanceId} of a vote; the stored vote still counts")]
    private partial void LogRaiseFailed(Exception ex, string instanceId);
}
