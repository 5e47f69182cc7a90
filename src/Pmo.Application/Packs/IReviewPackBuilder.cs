namespace Pmo.Application.Packs;

/// <summary>
/// Renders a review pack for mailing: the HTML summary plus its attachments (PDF, XLSX, inline charts).
/// The port lets the workflows run with a plain HTML rendering when the full renderer is not wanted (fast tests).
/// </summary>
public interface IReviewPackBuilder
{
    BuiltPack Build(ReviewPackInput input, CancellationToken cancellationToken = default);
}
