namespace Pmo.Application.Ports.Storage;

/// <summary>
/// The arbitration committee's sessions, one per month (id <see cref="ArbitrationSessionIds.For"/>). Votes are written
/// with <see cref="IDocumentStore{T}.ReplaceAsync"/> and the ETag read, so two members voting at once never lose one.
/// </summary>
public interface IArbitrationSessionStore : IDocumentStore<ArbitrationSession>
{
    Task<Versioned<ArbitrationSession>?> FindAsync(YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>Sessions newest month first, at most <paramref name="limit"/> (the history).</summary>
    Task<IReadOnlyList<ArbitrationSession>> ListRecentAsync(int limit, CancellationToken cancellationToken = default);
}

/// <summary>The document id of a month's session: the month, as "2027-03" (as a review pack's).</summary>
public static class ArbitrationSessionIds
{
    public static string For(YearMonth month) => month.ToString();
}
