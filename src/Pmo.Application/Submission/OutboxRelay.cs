namespace Pmo.Application.Submission;

/// <summary>
/// Re-delivers the "update submitted" events that a crash or an engine outage left undelivered.
/// Hosts run it at start and on every scheduler tick.
/// </summary>
public sealed class OutboxRelay(IPortfolioStore store, ChaseNotifier notifier)
{
    private const int BatchSize = 100;

    /// <summary>Returns how many undelivered updates were delivered now.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var batch in (await store.StatusUpdates.ListUndeliveredAsync(cancellationToken)).Chunk(BatchSize))
        {
            delivered += await notifier.DeliverAsync(batch, cancellationToken);
        }

        return delivered;
    }
}
