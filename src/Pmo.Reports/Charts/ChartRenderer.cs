namespace Pmo.Reports.Charts;

/// <summary>Draws the pack's charts; the same drawing code paints PNGs (raster) and PDF pages (vector).</summary>
internal static class ChartRenderer
{
    /// <summary>PNG pixels per chart unit: 1.5 keeps them sharp on high-density screens at a few tens of KB.</summary>
    private const float PngScale = 1.5f;

    public static readonly IReadOnlyList<ChartKind> All =
        [ChartKind.RagDistribution, ChartKind.BudgetByPortfolio, ChartKind.ComplianceTrend, ChartKind.RiskHeatMap];

    public static void Draw(ChartKind kind, SKCanvas canvas, SKRect bounds, PackModel model)
    {
        switch (kind)
        {
            case ChartKind.RagDistribution: RagDistributionChart.Draw(canvas, bounds, model); break;
            case ChartKind.BudgetByPortfolio: BudgetChart.Draw(canvas, bounds, model); break;
            case ChartKind.ComplianceTrend: ComplianceTrendChart.Draw(canvas, bounds, model); break;
            case ChartKind.RiskHeatMap: RiskHeatMapChart.Draw(canvas, bounds, model); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown chart.");
        }
    }

    public static ChartImage RenderPng(ChartKind kind, PackModel model)
    {
        var info = new SKImageInfo((int)(ChartFrame.Width * PngScale), (int)(ChartFrame.Height * PngScale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException("Skia could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Scale(PngScale);
        Draw(kind, canvas, new SKRect(0, 0, ChartFrame.Width, ChartFrame.Height), model);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        var id = ContentId(kind);
        return new ChartImage(kind, id, id + ".png", png.ToArray());
    }

    /// <summary>Stable, ASCII-only content ids: "chart-rag-distribution".</summary>
    public static string ContentId(ChartKind kind) => kind switch
    {
        ChartKind.RagDistribution => "chart-rag-distribution",
        ChartKind.BudgetByPortfolio => "chart-budget-by-portfolio",
        ChartKind.ComplianceTrend => "chart-compliance-trend",
        ChartKind.RiskHeatMap => "chart-risk-heat-map",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown chart."),
    };
}
