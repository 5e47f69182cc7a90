using Pmo.Reports.Html;
using Pmo.Reports.Pdf;
using Pmo.Reports.Xlsx;

namespace Pmo.Reports;

/// <summary>The review pack renderer: SkiaSharp for PDF and charts, Open XML SDK for XLSX, plain strings for HTML.</summary>
/// <remarks>Stateless and thread-safe; register it as a singleton.</remarks>
public sealed class ReviewPackRenderer : IReviewPackRenderer
{
    public RenderedPack Render(ReviewPackInput input, CancellationToken cancellationToken = default) =>
        RenderedPack.InMemory(FileStem(input), (pdf, xlsx) => WritePack(input, pdf, xlsx, cancellationToken));

    public HtmlEmail WritePack(ReviewPackInput input, Stream pdfOutput, Stream xlsxOutput, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdfOutput);
        ArgumentNullException.ThrowIfNull(xlsxOutput);
        var model = PackModelBuilder.Build(input, cancellationToken);
        var email = new HtmlEmailWriter(model).Write(Charts(model, cancellationToken));
        PdfPackWriter.Write(model, pdfOutput, cancellationToken);
        XlsxPackWriter.Write(model, xlsxOutput, cancellationToken);
        return email;
    }

    public HtmlEmail RenderEmail(ReviewPackInput input, CancellationToken cancellationToken = default)
    {
        var model = PackModelBuilder.Build(input, cancellationToken);
        return new HtmlEmailWriter(model).Write(Charts(model, cancellationToken));
    }

    public void WritePdf(ReviewPackInput input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        PdfPackWriter.Write(PackModelBuilder.Build(input, cancellationToken), output, cancellationToken);
    }

    public void WriteXlsx(ReviewPackInput input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        XlsxPackWriter.Write(PackModelBuilder.Build(input, cancellationToken), output, cancellationToken);
    }

    public IReadOnlyList<ChartImage> RenderCharts(ReviewPackInput input, CancellationToken cancellationToken = default) =>
        Charts(PackModelBuilder.Build(input, cancellationToken), cancellationToken);

    /// <summary>"review-pack-2026-11" (ASCII, whatever the language, so it is safe as an attachment name).</summary>
    public static string FileStem(ReviewPackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return "review-pack-" + input.Month;
    }

    internal static List<ChartImage> Charts(PackModel model, CancellationToken cancellationToken)
    {
        var charts = new List<ChartImage>(ChartRenderer.All.Count);
        foreach (var kind in ChartRenderer.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            charts.Add(ChartRenderer.RenderPng(kind, model));
        }

        return charts;
    }
}
