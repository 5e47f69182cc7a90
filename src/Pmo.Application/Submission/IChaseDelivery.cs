namespace Pmo.Application.Submission;

/// <summary>
/// What happens to a submitted update's "update submitted" event once the update is committed with its outbox marker
/// (<see cref="StatusUpdate.EventDeliveredAt"/> null). Whatever the host chooses, the marker makes it survive a
/// crash: <see cref="OutboxRelay"/> delivers what is left at start and on every scheduler tick.
/// </summary>
public interface IChaseDelivery
{
    /// <summary>True when the chase was told before returning; false when it will be told after the response.</summary>
    Task<bool> AfterCommitAsync(StatusUpdate update, CancellationToken cancellationToken = default);
}

/// <summary>
/// Tells the chase on the request path (the default, and the Azure Functions host's choice: an instance may be
/// frozen or recycled once its response is sent, so work after it is not guaranteed to run; the relay covers a failure).
/// </summary>
public sealed class InlineChaseDelivery(ChaseNotifier notifier) : IChaseDelivery
{
    public Task<bool> AfterCommitAsync(StatusUpdate update, CancellationToken cancellationToken = default) =>
        notifier.DeliverAsync(update, cancellationToken);
}
