namespace Pmo.Application.Submission;

/// <summary>
/// The weekly update form behind a signed link: opens it pre-filled, and on submit stores the update together with
/// its outbox marker and its project's latest RAG and week (one transaction), then hands the event to the host's
/// <see cref="IChaseDelivery"/>. If the process dies in between, <see cref="OutboxRelay"/> delivers the event later. Until the request's deadline the same link amends the
/// week's answer (<see cref="UpdateAmender"/>); after it, or once the week was missed, the link cannot act.
/// </summary>
public sealed class UpdateSubmissionService(
    IPortfolioStore store,
    LinkSigner signer,
    IChaseDelivery delivery,
    IEscalationStarter escalations,
    TimeProvider time,
    ILogger<UpdateSubmissionService> logger)
{
    /// <summary>
    /// The form for <paramref name="token"/>: this week's answer to amend if there is one, else last week's answers.
    /// Throws <see cref="LinkRefusedException"/> or <see cref="NotFoundException"/>.
    /// </summary>
    public async Task<UpdateForm> OpenAsync(string token, CancellationToken cancellationToken = default)
    {
        var (claims, request, project) = await ResolveAsync(token, cancellationToken);
        if ((await store.StatusUpdates.FindAsync(project.Id, request.Week, cancellationToken))?.Value is { } answered)
        {
            return new UpdateForm(claims, project, request, StatusUpdateDraft.FromAnswer(answered), answered, AnswerVersion.Of(answered));
        }

        var history = await store.StatusUpdates.ListByProjectAsync(project.Id, to: request.Week.Previous(), cancellationToken: cancellationToken);
        var previous = history.Count > 0 ? history[^1] : null;
        return new UpdateForm(claims, project, request, previous is null ? null : StatusUpdateDraft.From(previous));
    }

    /// <summary>The week's first answer (see the overload).</summary>
    public Task<SubmissionResult> SubmitAsync(string token, StatusUpdateDraft draft, CancellationToken cancellationToken = default) =>
        SubmitAsync(token, draft, answeredVersion: null, cancellationToken);

    /// <summary>
    /// Validates and stores the update, then raises "UpdateSubmitted" on the chase. With <paramref name="answeredVersion"/>
    /// (the <see cref="UpdateForm.Version"/> the form was opened with) it replaces that answer instead.
    /// Throws <see cref="LinkRefusedException"/> (bad link, missed or past the deadline), <see cref="DomainValidationException"/>,
    /// <see cref="AnswerChangedException"/> (the week's answer is not the one the form showed; nothing written).
    /// </summary>
    public async Task<SubmissionResult> SubmitAsync(
        string token, StatusUpdateDraft draft, string? answeredVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (claims, request, project) = await ResolveAsync(token, cancellationToken);
        var submittedBy = claims.Actor.Length > 0 ? claims.Actor : project.Manager.Email;
        var update = draft.ToStatusUpdate(project.Id, request.Week, submittedBy, time.GetUtcNow());
        Validators.Validate(update, project).ThrowIfInvalid();

        if (answeredVersion is not null)
        {
            return await new UpdateAmender(store, delivery, escalations, logger).AmendAsync(update, answeredVersion, cancellationToken);
        }

        Versioned<StatusUpdate> stored;
        try
        {
            stored = await store.StatusUpdates.SubmitAsync(update, ifMatch: null, cancellationToken);
        }
        catch (AlreadyExistsException)
        {
            // Answered meanwhile (another tab, the sponsor's link, an integrator): a conflict, not an overwrite.
            var current = await store.StatusUpdates.FindAsync(update.Id, cancellationToken) ?? throw new NotFoundException("Status update", update.Id);
            throw new AnswerChangedException(current.Value);
        }

        var delivered = await delivery.AfterCommitAsync(stored.Value, cancellationToken);
        return new SubmissionResult(stored.Value, delivered);
    }

    private async Task<(LinkClaims Claims, UpdateRequest Request, Project Project)> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claims = signer.VerifyOrThrow(token, LinkPurpose.UpdateForm, store.TenantId, now);
        var request = (await store.UpdateRequests.FindAsync(claims.RequestId, cancellationToken))?.Value
            ?? throw new NotFoundException("Update request", claims.RequestId);
        if (!string.Equals(request.ProjectId, claims.ProjectId, StringComparison.Ordinal))
        {
            throw new LinkRefusedException(LinkRefusal.BadSignature);
        }

        // Missed, or past its deadline while the chase has not caught up yet. A submitted request stays open to
        // amendments until the deadline: the link still acts only on its own week, and never after that.
        if (request.Status == UpdateRequestStatus.Missed || now >= request.Deadline)
        {
            throw new LinkRefusedException(LinkRefusal.Closed);
        }

        var project = (await store.Projects.FindAsync(request.ProjectId, cancellationToken))?.Value
            ?? throw new NotFoundException("Project", request.ProjectId);
        return (claims, request, project);
    }
}
