using Pmo.Domain.Portfolio;
using Pmo.Domain.Storage;
using Pmo.Domain.Validation;
using Pmo.Workflows.Links;

namespace Pmo.Workflows.Submission;

/// <summary>
/// The weekly update form behind a signed link: opens it pre-filled, and on submit stores the update together with
/// its outbox marker (one document, one atomic write), then tells the chase. If the process dies in between,
/// <see cref="OutboxRelay"/> delivers the event later.
/// </summary>
public sealed class UpdateSubmissionService(IPortfolioStore store, LinkSigner signer, ChaseNotifier notifier, TimeProvider time)
{
    /// <summary>The form for <paramref name="token"/>. Throws <see cref="LinkRefusedException"/> or <see cref="NotFoundException"/>.</summary>
    public async Task<UpdateForm> OpenAsync(string token, CancellationToken cancellationToken = default)
    {
        var (claims, request, project) = await ResolveAsync(token, cancellationToken);
        var history = await store.StatusUpdates.ListByProjectAsync(project.Id, to: request.Week.Previous(), cancellationToken: cancellationToken);
        var previous = history.Count > 0 ? history[^1] : null;
        return new UpdateForm(claims, project, request, previous is null ? null : StatusUpdateDraft.From(previous));
    }

    /// <summary>
    /// Validates and stores the update, then raises "UpdateSubmitted" on the chase.
    /// Throws <see cref="LinkRefusedException"/> (bad or used link, closed request), <see cref="DomainValidationException"/>.
    /// </summary>
    public async Task<SubmissionResult> SubmitAsync(string token, StatusUpdateDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (claims, request, project) = await ResolveAsync(token, cancellationToken);
        var submittedBy = claims.Actor.Length > 0 ? claims.Actor : project.Manager.Email;
        var update = draft.ToStatusUpdate(project.Id, request.Week, submittedBy, time.GetUtcNow());
        Validators.Validate(update, project).ThrowIfInvalid();

        Versioned<StatusUpdate> stored;
        try
        {
            stored = await store.StatusUpdates.CreateAsync(update, cancellationToken);
        }
        catch (AlreadyExistsException)
        {
            throw new LinkRefusedException(LinkRefusal.Closed);
        }

        var delivered = await notifier.DeliverAsync(stored.Value, cancellationToken);
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

        // Closed by the chase, or past its deadline while the chase has not caught up yet.
        if (request.IsClosed || now >= request.Deadline)
        {
            throw new LinkRefusedException(LinkRefusal.Closed);
        }

        var project = (await store.Projects.FindAsync(request.ProjectId, cancellationToken))?.Value
            ?? throw new NotFoundException("Project", request.ProjectId);
        return (claims, request, project);
    }
}
