using Pmo.Application.Mail;
using Pmo.Application.Ports.Mail;

namespace Pmo.Reports;

/// <summary>The four charts of the pack, rendered as PNG.</summary>
public enum ChartKind
{
    RagDistribution,
    BudgetByPortfolio,
    ComplianceTrend,
    RiskHeatMap,
}

/// <summary>A PNG chart; <see cref="ContentId"/> is how the HTML e-mail references it (<c>src="cid:…"</c>).</summary>
public sealed record ChartImage(ChartKind Kind, string ContentId, string FileName, byte[] Png);

/// <summary>The HTML e-mail body and the images it references by content id (attach them inline).</summary>
public sealed record HtmlEmail(string Subject, string Html, IReadOnlyList<ChartImage> InlineImages)
{
    /// <summary>
    /// The same HTML as one self-contained file, for a browser or an archive (the pack's <c>pack.html</c>): every
    /// <c>src="cid:…"</c> chart reference becomes a <c>data:image/png;base64,…</c> URI, since a <c>cid:</c> URL only
    /// resolves inside the e-mail that carries the image. The e-mail itself keeps <see cref="Html"/> and inline parts.
    /// </summary>
    public string StandaloneHtml()
    {
        var html = new StringBuilder(Html, Html.Length + InlineImages.Sum(i => (i.Png.Length * 4 / 3) + 64));
        foreach (var image in InlineImages)
        {
            // The quote makes the match exact: user text is HTML-encoded, so it cannot contain src=" itself.
            html.Replace($"src=\"cid:{image.ContentId}\"", $"src=\"data:image/png;base64,{Convert.ToBase64String(image.Png)}\"");
        }

        return html.ToString();
    }
}

/// <summary>A whole pack held in memory: the e-mail plus the PDF and XLSX attachments.</summary>
public sealed record RenderedPack(HtmlEmail Email, byte[] Pdf, byte[] Xlsx)
{
    public string PdfFileName { get; init; } = "review-pack.pdf";
    public string XlsxFileName { get; init; } = "review-pack.xlsx";

    /// <summary>Runs a pack's streaming writer into memory: "stem.pdf", "stem.xlsx" and the e-mail.</summary>
    internal static RenderedPack InMemory(string stem, Func<Stream, Stream, HtmlEmail> write)
    {
        using var pdf = new MemoryStream();
        using var xlsx = new MemoryStream();
        var email = write(pdf, xlsx);
        return new RenderedPack(email, pdf.ToArray(), xlsx.ToArray()) { PdfFileName = stem + ".pdf", XlsxFileName = stem + ".xlsx" };
    }

    /// <summary>Ready to mail: the e-mail's HTML with "stem.pdf", "stem.xlsx" and the inline charts attached.</summary>
    public BuiltPack ToBuiltPack(string stem)
    {
        List<MailAttachment> attachments =
        [
            new($"{stem}.pdf", PackFileKinds.ContentType("pdf"), Pdf),
            new($"{stem}.xlsx", PackFileKinds.ContentType("xlsx"), Xlsx),
            .. Email.InlineImages.Select(i => new MailAttachment(i.FileName, "image/png", i.Png, i.ContentId)),
        ];
        return new BuiltPack(Email.Html, attachments) { StandaloneHtml = Email.StandaloneHtml() };
    }
}

/// <summary>
/// Renders the monthly portfolio review pack. CPU-bound and synchronous (call it from an activity, not a request
/// thread); the Write methods stream into the caller's stream so a 10,000-project pack never sits whole in memory.
/// </summary>
public interface IReviewPackRenderer
{
    /// <summary>Everything in memory: fine for a PMO's portfolio (a 1,000-project pack is a few MB).</summary>
    RenderedPack Render(ReviewPackInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// The whole pack in one pass over the input: PDF and XLSX streamed to the caller's streams, the e-mail returned.
    /// What the monthly workflow should call at scale.
    /// </summary>
    HtmlEmail WritePack(ReviewPackInput input, Stream pdfOutput, Stream xlsxOutput, CancellationToken cancellationToken = default);

    /// <summary>The e-mail summary: KPIs, charts, capped exceptions; the full tables are in the PDF and XLSX.</summary>
    HtmlEmail RenderEmail(ReviewPackInput input, CancellationToken cancellationToken = default);

    /// <summary>The full pack as PDF, written to <paramref name="output"/> page by page (synchronous writes).</summary>
    void WritePdf(ReviewPackInput input, Stream output, CancellationToken cancellationToken = default);

    /// <summary>The registers as an XLSX workbook, written to <paramref name="output"/> (synchronous writes).</summary>
    void WriteXlsx(ReviewPackInput input, Stream output, CancellationToken cancellationToken = default);

    /// <summary>The four charts as PNG.</summary>
    IReadOnlyList<ChartImage> RenderCharts(ReviewPackInput input, CancellationToken cancellationToken = default);
}
