namespace Pmo.Application.Portfolio;

/// <summary>Where the rendered files of a review pack live (a folder locally, blobs in Azure).</summary>
public interface IReviewPackFiles
{
    /// <summary>Opens the pack's file of <paramref name="kind"/> ("html", "pdf", "xlsx"), or null when it is not there.</summary>
    Task<Stream?> OpenAsync(YearMonth month, string kind, CancellationToken cancellationToken = default);
}
