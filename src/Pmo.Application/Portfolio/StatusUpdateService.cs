using Pmo.Application.Submission;

namespace Pmo.Application.Portfolio;

/// <summary>
/// Weekly status updates read and written by integrators. A written update is stored in one transaction with its
/// outbox marker empty (<see cref="StatusUpdate.EventDeliveredAt"/> null) and its project's latest RAG and week; the
/// week's chase is then told as the host's <see cref="IChaseDelivery"/> decides (after the response on the local
/// host); if that fails the relay retries. The delivered mark keeps the ETag, so the one returned stays valid.
/// </summary>
public sealed class StatusUpdateService(IPortfolioStore store, ProjectService projects, IChaseDelivery delivery, TimeProvider clock)
{
    public const string Kind = "StatusUpdate";

    public async Task<IReadOnlyList<StatusUpdate>> ListAsync(string projectId, IsoWeek? from, IsoWeek? to, CancellationToken cancellationToken = default)
    {
        await projects.GetAsync(projectId, cancellationToken);
        return await store.StatusUpdates.ListByProjectAsync(projectId, from, to, cancellationToken);
    }

    public async Task<Versioned<StatusUpdate>> GetAsync(string projectId, IsoWeek week, CancellationToken cancellationToken = default) =>
        await store.StatusUpdates.FindAsync(projectId, week, cancellationToken)
        ?? throw new NotFoundException(Kind, StatusUpdate.IdFor(projectId, week));

    /// <summary>
    /// Creates the week's update, or replaces it when <paramref name="ifMatch"/> is given.
    /// Without an ETag an existing update is never overwritten (<see cref="AlreadyExistsException"/>).
    /// </summary>
    public async Task<(Versioned<StatusUpdate> Update, bool Created)> PutAsync(
        string projectId, IsoWeek week, StatusUpdate update, string? ifMatch, string submittedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        new ValidationErrors()
            .When(update.ProjectId != projectId, "projectId", $"must match the project in the URL ('{projectId}').")
            .When(update.Week != week, "week", $"must match the week in the URL ('{week}').")
            .ThrowIfInvalid();

        var project = (await projects.GetAsync(projectId, cancellationToken)).Value;
        update = update with { SubmittedBy = submittedBy, SubmittedAt = clock.GetUtcNow(), EventDeliveredAt = null };
        Validators.Validate(update, project).ThrowIfInvalid();

        var storedETag = ifMatch is null
            ? null
            : ETags.Check((await GetAsync(projectId, week, cancellationToken)).ETag, ifMatch, Kind, update.Id);
        var saved = await store.StatusUpdates.SubmitAsync(update, storedETag, cancellationToken);
        await delivery.AfterCommitAsync(saved.Value, cancellationToken);
        return (saved, ifMatch is null);
    }
}
