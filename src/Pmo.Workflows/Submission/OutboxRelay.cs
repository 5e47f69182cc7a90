using Pmo.Domain.Storage;

namespace Pmo.Workflows.Submission;

/// <summary>
/// Re-delivers the "update submitted" events that a crash or an engine outage left undelivered.
/// Hosts run it at start and on every scheduler tick.
/// </summary>
public sealed class OutboxRelay(IPortfolioStore store, ChaseNotifier notifier)
{
    /// <summary>Returns how many undelivered updates were delivered now.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var update in await store.StatusUpdates.ListUndeliveredAsync(cancellationToken))
        {
            if (await notifier.DeliverAsync(update, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }
}
