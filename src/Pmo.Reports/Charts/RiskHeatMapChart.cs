namespace Pmo.Reports.Charts;

/// <summary>5×5 grid of open risks: impact across, probability up, each cell coloured by its score and showing its count.</summary>
internal static class RiskHeatMapChart
{
    public static void Draw(SKCanvas canvas, SKRect bounds, PackModel model)
    {
        var t = model.Text;
        var plot = ChartFrame.Begin(canvas, bounds, t.ChartHeatMap);
        using var small = PackFonts.Font(11);
        using var count = PackFonts.Font(14, bold: true);
        const float AxisRoom = 34;
        var side = Math.Min(plot.Width - AxisRoom, plot.Height - AxisRoom);
        var cell = side / 5;
        var left = plot.Left + ((plot.Width - side - AxisRoom) / 2) + AxisRoom;
        var top = plot.Top;

        for (var p = 5; p >= 1; p--)
        {
            var y = top + ((5 - p) * cell);
            TextDrawing.Draw(canvas, p.ToString(model.Format.Culture), left - 8, y + (cell / 2) + 4, small, Palette.Muted, SKTextAlign.Right);
            for (var i = 1; i <= 5; i++)
            {
                var x = left + ((i - 1) * cell);
                var rect = new SKRect(x + 1, y + 1, x + cell - 1, y + cell - 1);
                var fill = Palette.OfScore(p * i);
                var n = model.HeatMap[p - 1, i - 1];
                Shapes.Fill(canvas, rect, n == 0 ? fill.WithAlpha(70) : fill);
                if (n > 0)
                {
                    TextDrawing.Draw(canvas, model.Format.Integer(n), rect.MidX, rect.MidY + 5, count, Palette.On(fill), SKTextAlign.Center);
                }
            }
        }

        for (var i = 1; i <= 5; i++)
        {
            TextDrawing.Draw(canvas, i.ToString(model.Format.Culture), left + ((i - 0.5f) * cell), top + side + 13, small, Palette.Muted, SKTextAlign.Center);
        }

        TextDrawing.Draw(canvas, t.Impact + " →", left + (side / 2), top + side + 27, small, Palette.Ink, SKTextAlign.Center);
        canvas.Save();
        canvas.RotateDegrees(-90, plot.Left + 10, top + (side / 2));
        TextDrawing.Draw(canvas, t.Probability + " →", plot.Left + 10, top + (side / 2) + 4, small, Palette.Ink, SKTextAlign.Center);
        canvas.Restore();
    }
}
