namespace Pmo.Application.Portfolio;

/// <summary>Keeps a project's latest RAG and week in step with its newest submitted update.</summary>
public static class ProjectLatest
{
    private const int Attempts = 5;

    public static async Task RecordAsync(IPortfolioStore store, string projectId, StatusUpdate update, CancellationToken cancellationToken)
    {
        // Optimistic retry: someone may edit the project between the read and the write; their edit must not be lost.
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.Projects.FindAsync(projectId, cancellationToken);
            if (current is null || (current.Value.LatestUpdateWeek is { } latest && latest > update.Week) ||
                (current.Value.LatestUpdateWeek == update.Week && current.Value.LatestRag == update.Overall))
            {
                // A newer week is recorded, or this one already is (the submission wrote it with the update).
                return;
            }

            try
            {
                await store.Projects.ReplaceAsync(
                    current.Value with { LatestRag = update.Overall, LatestUpdateWeek = update.Week }, current.ETag, cancellationToken);
                return;
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
            }
        }
    }
}
