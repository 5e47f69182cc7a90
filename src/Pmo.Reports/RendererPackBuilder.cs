using Pmo.Application.Mail;
using Pmo.Application.Ports.Mail;

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
        var suffix = $"{input.Month}-{input.Language.ToString().ToLowerInvariant()}";
        List<MailAttachment> attachments =
        [
            new($"portfolio-review-{suffix}.pdf", PackFileKinds.ContentType("pdf"), pack.Pdf),
            new($"portfolio-review-{suffix}.xlsx", PackFileKinds.ContentType("xlsx"), pack.Xlsx),
            .. pack.Email.InlineImages.Select(i => new MailAttachment(i.FileName, "image/png", i.Png, i.ContentId)),
        ];
        return new BuiltPack(pack.Email.Html, attachments) { StandaloneHtml = pack.Email.StandaloneHtml() };
    }
}
