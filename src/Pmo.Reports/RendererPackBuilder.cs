using Pmo.Application.Mail;

namespace Pmo.Reports;

/// <summary>
/// The full pack: the Reports renderer's HTML e-mail with inline charts, plus the PDF and XLSX attached; the archived
/// HTML has the charts embedded, so it shows them when opened on its own.
/// </summary>
public sealed class RendererPackBuilder(IReviewPackRenderer renderer) : IReviewPackBuilder
{
    public BuiltPack Build(ReviewPackInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pack = renderer.Render(input, cancellationToken);
        return pack.ToBuiltPack($"portfolio-review-{input.Month}-{input.Language.ToString().ToLowerInvariant()}");
    }
}
