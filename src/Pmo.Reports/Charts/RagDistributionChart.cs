namespace Pmo.Reports.Charts;

/// <summary>Horizontal bars: how many active projects are green, amber, red or without status.</summary>
internal static class RagDistributionChart
{
    public static void Draw(SKCanvas canvas, SKRect bounds, PackModel model)
    {
        var t = model.Text;
        var plot = ChartFrame.Begin(canvas, bounds, t.ChartRag);
        var k = model.Input.Kpis;
        var bars = new (string Label, int Count, SKColor Color)[]
        {
            (t.RagNames[(int)Rag.Green], k.Green, Palette.Green),
            (t.RagNames[(int)Rag.Amber], k.Amber, Palette.Amber),
            (t.RagNames[(int)Rag.Red], k.Red, Palette.Red),
            (t.NoStatus, k.NoStatus, Palette.Grey),
        };
        var total = Math.Max(1, bars.Sum(b => b.Count));
        var max = Math.Max(1, bars.Max(b => b.Count));

        using var label = PackFonts.Font(13);
        using var value = PackFonts.Font(13, bold: true);
        const float LabelWidth = 110;
        const float ValueWidth = 110;
        var barLeft = plot.Left + LabelWidth;
        var barRoom = plot.Width - LabelWidth - ValueWidth;
        var slot = plot.Height / bars.Length;
        for (var i = 0; i < bars.Length; i++)
        {
            var (name, count, color) = bars[i];
            var top = plot.Top + (i * slot) + (slot * 0.2f);
            var height = slot * 0.6f;
            var baseline = top + (height / 2) + 5;
            TextDrawing.Draw(canvas, TextDrawing.Fit(name, label, LabelWidth - 8), plot.Left, baseline, label, Palette.Ink);
            var width = Math.Max(count == 0 ? 0 : 2, barRoom * count / max);
            Shapes.Fill(canvas, new SKRect(barLeft, top, barLeft + width, top + height), color);
            var share = model.Format.Percent((decimal)count / total);
            TextDrawing.Draw(canvas, $"{model.Format.Integer(count)} ({share})", barLeft + width + 6, baseline, value, Palette.Ink);
        }
    }
}
