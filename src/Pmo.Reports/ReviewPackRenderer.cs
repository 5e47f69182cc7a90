namespace Pmo.Reports;

/// <summary>The review pack renderer: SkiaSharp for PDF and charts, Open XML SDK for XLSX, plain strings for HTML.</summary>
public sealed class ReviewPackRenderer : IReviewPackRenderer
{
    public RenderedPack Render(ReviewPackInput input, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Rendering lands in the next commits.");

    public HtmlEmail RenderEmail(ReviewPackInput input, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Rendering lands in the next commits.");

    public void WritePdf(ReviewPackInput input, Stream output, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Rendering lands in the next commits.");

    public void WriteXlsx(ReviewPackInput input, Stream output, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Rendering lands in the next commits.");

    public IReadOnlyList<ChartImage> RenderCharts(ReviewPackInput input, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Rendering lands in the next commits.");
}
