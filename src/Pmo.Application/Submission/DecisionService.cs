namespace Pmo.Application.Submission;

/// <summary>
/// Decisions taken through signed links: a committee member deciding an escalation, the PMO approving a review pack.
/// The decision is written first (a deterministic id makes a second use of the link fail), then the waiting
/// orchestration is told; <see cref="DecisionRelay"/> re-tells it if that step was lost.
/// </summary>
public sealed partial class DecisionService(
    IPortfolioStore store,
    LinkSigner signer,
    IWorkflowSignals workflows,
    TimeProvider time,
    ILogger<DecisionService> logger)
{
    public const string CommitteeForum = "Management committee";

    public static string DecisionIdFor(string escalationId) => $"{escalationId}-decision";

    public async Task<DecisionPage> OpenDecisionAsync(string token, CancellationToken cancellationToken = default)
    {
        var (claims, escalation) = await ResolveEscalationAsync(token, cancellationToken);
        var project = (await store.Projects.FindAsync(escalation.Value.ProjectId, cancellationToken))?.Value
            ?? throw new NotFoundException("Project", escalation.Value.ProjectId);
        return new DecisionPage(claims, escalation.Value, project);
    }

    /// <summary>
    /// Records the committee's decision in the project's decision log and tells the escalation.
    /// Throws <see cref="LinkRefusedException"/> (bad link, or the escalation was already decided) or <see cref="DomainValidationException"/>.
    /// </summary>
    public async Task<Decision> DecideAsync(string token, DecisionOutcome outcome, string? comment, CancellationToken cancellationToken = default)
    {
        new ValidationErrors()
            .When(!Enum.IsDefined(outcome), "outcome", "must be Approve, Reject, Defer or RequestInformation.")
            .MaxLength(comment, "comment", 4000)
            .ThrowIfInvalid();

        var (claims, escalation) = await ResolveEscalationAsync(token, cancellationToken);
        var now = time.GetUtcNow();
        var decision = new Decision
        {
            Id = DecisionIdFor(escalation.Value.Id),
            ProjectId = escalation.Value.ProjectId,
            Title = escalation.Value.Question.Length > 0 ? escalation.Value.Question : escalation.Value.Summary,
            Outcome = outcome,
            Rationale = comment?.Trim() ?? "",
            DecidedBy = claims.Actor,
            Forum = CommitteeForum,
            DecidedAt = now,
            EscalationId = escalation.Value.Id,
        };

        try
        {
            await store.Decisions.CreateAsync(decision, cancellationToken);
        }
        catch (AlreadyExistsException)
        {
            throw new LinkRefusedException(LinkRefusal.Closed);
        }

        await MarkEscalationDecidedAsync(decision, cancellationToken);
        await TellEscalationAsync(decision, cancellationToken);
        return decision;
    }

    public async Task<PackApprovalPage> OpenPackApprovalAsync(string token, CancellationToken cancellationToken = default)
    {
        var (claims, pack) = await ResolvePackAsync(token, cancellationToken);
        return new PackApprovalPage(claims, pack.Value);
    }

    /// <summary>Approves the pack awaiting approval; throws <see cref="LinkRefusedException"/> when it was already approved.</summary>
    public async Task<ReviewPack> ApprovePackAsync(string token, CancellationToken cancellationToken = default)
    {
        var (claims, pack) = await ResolvePackAsync(token, cancellationToken);
        var approved = pack.Value with
        {
            Status = ReviewPackStatus.Approved,
            ApprovedAt = time.GetUtcNow(),
            ApprovedBy = claims.Actor,
        };

        try
        {
            await store.ReviewPacks.ReplaceAsync(approved, pack.ETag, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            // The approval delay ran out (or someone else approved) at the same moment: that one won.
            throw new LinkRefusedException(LinkRefusal.Closed);
        }

        await TellReviewAsync(approved, cancellationToken);
        return approved;
    }

    /// <summary>Raises <see cref="WorkflowEvents.DecisionMade"/>; a lost event is raised again by <see cref="DecisionRelay"/>.</summary>
    internal async Task TellEscalationAsync(Decision decision, CancellationToken cancellationToken)
    {
        var escalationId = decision.EscalationId ?? throw new ArgumentException("Not a committee decision.", nameof(decision));
        var payload = new DecisionMade(escalationId, decision.Id, decision.Outcome, decision.DecidedBy, decision.DecidedAt);
        await RaiseAsync(InstanceIds.Escalation(escalationId), WorkflowEvents.DecisionMade, payload, cancellationToken);
    }

    internal async Task TellReviewAsync(ReviewPack pack, CancellationToken cancellationToken)
    {
        var payload = new PackApproved(pack.Month, pack.ApprovedBy, pack.ApprovedAt ?? time.GetUtcNow());
        await RaiseAsync(InstanceIds.Review(pack.Month), WorkflowEvents.PackApproved, payload, cancellationToken);
    }

    private async Task RaiseAsync(string instanceId, string eventName, object payload, CancellationToken cancellationToken)
    {
        try
        {
            await workflows.RaiseAsync(instanceId, eventName, payload, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRaiseFailed(ex, eventName, instanceId);
        }
    }

    private async Task MarkEscalationDecidedAsync(Decision decision, CancellationToken cancellationToken)
    {
        // The escalation may be updated by its orchestration at the same time (reminder sent): retry on a stale ETag.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var current = await store.Escalations.FindAsync(decision.EscalationId!, cancellationToken)
                ?? throw new NotFoundException("Escalation", decision.EscalationId!);
            try
            {
                await store.Escalations.ReplaceAsync(
                    current.Value with { Status = EscalationStatus.Decided, DecidedAt = decision.DecidedAt, DecisionId = decision.Id },
                    current.ETag,
                    cancellationToken);
                return;
            }
            catch (ConcurrencyException) when (attempt < 4)
            {
            }
        }
    }

    private async Task<(LinkClaims, Versioned<Escalation>)> ResolveEscalationAsync(string token, CancellationToken cancellationToken)
    {
        var claims = signer.VerifyOrThrow(token, LinkPurpose.Decision, store.TenantId, time.GetUtcNow());
        var escalation = await store.Escalations.FindAsync(claims.RequestId, cancellationToken)
            ?? throw new NotFoundException("Escalation", claims.RequestId);
        if (!string.Equals(escalation.Value.ProjectId, claims.ProjectId, StringComparison.Ordinal))
        {
            throw new LinkRefusedException(LinkRefusal.BadSignature);
        }

        return escalation.Value.IsOpen ? (claims, escalation) : throw new LinkRefusedException(LinkRefusal.Closed);
    }

    private async Task<(LinkClaims, Versioned<ReviewPack>)> ResolvePackAsync(string token, CancellationToken cancellationToken)
    {
        var claims = signer.VerifyOrThrow(token, LinkPurpose.PackApproval, store.TenantId, time.GetUtcNow());
        if (!YearMonth.TryParse(claims.RequestId, out var month))
        {
            throw new LinkRefusedException(LinkRefusal.Malformed);
        }

        var pack = await store.ReviewPacks.FindAsync(month, cancellationToken)
            ?? throw new NotFoundException("Review pack", claims.RequestId);
        return pack.Value.Status == ReviewPackStatus.AwaitingApproval ? (claims, pack) : throw new LinkRefusedException(LinkRefusal.Closed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not raise {EventName} on {InstanceId}; the decision relay will retry")]
    private partial void LogRaiseFailed(Exception ex, string eventName, string instanceId);
}
