using Pmo.Reports.Tests.Support;
using SkiaSharp;

namespace Pmo.Reports.Tests;

public class ChartTests
{
    [Fact]
    public void Four_charts_decode_as_png_with_drawn_content()
    {
        var charts = new ReviewPackRenderer().RenderCharts(Packs.Hostile());

        Assert.Equal(Enum.GetValues<ChartKind>(), charts.Select(c => c.Kind));
        Assert.Equal(charts.Count, charts.Select(c => c.ContentId).Distinct().Count());
        foreach (var chart in charts)
        {
            using var bitmap = SKBitmap.Decode(chart.Png);
            Assert.NotNull(bitmap);
            Assert.Equal((900, 450), (bitmap.Width, bitmap.Height));
            var inked = 0;
            for (var y = 0; y < bitmap.Height; y += 5)
            {
                for (var x = 0; x < bitmap.Width; x += 5)
                {
                    var p = bitmap.GetPixel(x, y);
                    inked += p.Red < 200 || p.Green < 200 || p.Blue < 200 ? 1 : 0;
                }
            }

            Assert.True(inked > 300, $"{chart.Kind} has only {inked} inked samples.");
        }
    }

    [Fact]
    public void Heat_map_cell_colour_follows_the_risk_score()
    {
        Assert.Equal(Drawing.Palette.Green, Drawing.Palette.OfScore(4));
        Assert.Equal(Drawing.Palette.Amber, Drawing.Palette.OfScore(6));
        Assert.Equal(Drawing.Palette.Red, Drawing.Palette.OfScore(25));
    }
}
