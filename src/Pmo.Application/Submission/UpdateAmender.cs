namespace Pmo.Application.Submission;

/// <summary>
/// Replaces this week's answer before the deadline. The chase is not told again (it takes the first event, which
/// carries the first answer's time, so on-time/late does not move); the project's latest RAG and, once the chase has
/// judged the week, its escalation rules are brought up to date with the new answer.
/// </summary>
internal sealed partial class UpdateAmender(IPortfolioStore store, IChaseDelivery delivery, IEscalationStarter escalations, ILogger logger)
{
    private const int Attempts = 5;

    public async Task<SubmissionResult> AmendAsync(StatusUpdate update, string answeredVersion, CancellationToken cancellationToken)
    {
        var (stored, previous) = await ReplaceAsync(update, answeredVersion, cancellationToken);

        // Still in the outbox (the first delivery failed or is under way): deliver it, as the relay would. Otherwise it was told.
        var delivered = previous.EventDeliveredAt is not null || await delivery.AfterCommitAsync(stored, cancellationToken);
        await ReevaluateAsync(update.ProjectId, update.Week, update.SubmittedAt);
        return new SubmissionResult(stored, delivered, Amended: true);
    }

    /// <summary>
    /// Replaces the stored answer only if it is still the version the form showed; the ETag makes it atomic, and the
    /// project's latest RAG is written with it (<see cref="IStatusUpdateStore.SubmitAsync"/>), so two amendments racing
    /// end with the RAG of the last answer written, never of the one that lost.
    /// </summary>
    private async Task<(StatusUpdate Stored, StatusUpdate Previous)> ReplaceAsync(StatusUpdate update, string answeredVersion, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.StatusUpdates.FindAsync(update.ProjectId, update.Week, cancellationToken)
                ?? throw new NotFoundException("Status update", update.Id);
            if (!string.Equals(AnswerVersion.Of(current.Value), answeredVersion, StringComparison.Ordinal))
            {
                throw new AnswerChangedException(current.Value);
            }

            var next = update with
            {
                SubmittedBy = current.Value.SubmittedBy,
                SubmittedAt = current.Value.SubmittedAt,
                AmendedBy = update.SubmittedBy,
                AmendedAt = update.SubmittedAt,
                EventDeliveredAt = current.Value.EventDeliveredAt,
            };
            try
            {
                return ((await store.StatusUpdates.SubmitAsync(next, current.ETag, cancellationToken)).Value, current.Value);
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                // Another amendment won: the version check on the next read tells (the delivered mark keeps the ETag).
            }
            catch (ConcurrencyException)
            {
                throw new AnswerChangedException(current.Value);
            }
        }
    }

    /// <summary>
    /// Runs the chase's escalation rules again when the chase has recorded "submitted" (it evaluates right after). Read
    /// after the write: if the chase has not got there yet, its own evaluation will read the amended answer. The rules
    /// give deterministic escalation ids and skip reasons already open, so nothing is raised twice.
    /// </summary>
    private async Task ReevaluateAsync(string projectId, IsoWeek week, DateTimeOffset at)
    {
        var request = await store.UpdateRequests.FindAsync(UpdateRequest.IdFor(projectId, week));
        if (request?.Value.Status != UpdateRequestStatus.Submitted)
        {
            return;
        }

        try
        {
            var raised = await new EscalationRaiser(store, escalations).RaiseAsync(new EscalationCheck(projectId, week, at));
            LogReevaluated(projectId, week, raised.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The amendment is stored; an escalation created but not started is re-started by the next tick.
            LogReevaluationFailed(ex, projectId, week);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Amended update of {ProjectId} {Week}: escalation rules re-evaluated ({Count} escalation(s) open for this week)")]
    private partial void LogReevaluated(string projectId, IsoWeek week, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Amended update of {ProjectId} {Week}: the escalation rules could not be re-evaluated")]
    private partial void LogReevaluationFailed(Exception ex, string projectId, IsoWeek week);
}
