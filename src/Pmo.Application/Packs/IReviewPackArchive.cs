namespace Pmo.Application.Packs;

/// <summary>
/// Keeps each month's pack: the snapshot it was rendered from (so approval and distribution send exactly the pack
/// that was assembled, in each reader's language) and its downloadable files.
/// </summary>
public interface IReviewPackArchive : IReviewPackFiles
{
    Task SaveSnapshotAsync(ReviewPackInput snapshot, CancellationToken cancellationToken = default);

    Task<ReviewPackInput?> LoadSnapshotAsync(YearMonth month, CancellationToken cancellationToken = default);

    Task SaveFileAsync(YearMonth month, string kind, byte[] content, CancellationToken cancellationToken = default);
}
