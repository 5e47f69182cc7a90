namespace Pmo.Reports.Charts;

/// <summary>
/// Line of the share of weekly update requests answered on time, over the last weeks up to the month's end, with the
/// latest week's value; a single week is one point in the middle, and a portfolio never asked says so.
/// </summary>
internal static class ComplianceTrendChart
{
    public static void Draw(SKCanvas canvas, SKRect bounds, PackModel model)
    {
        var plot = ChartFrame.Begin(canvas, bounds, model.Text.ChartCompliance);
        // Weeks without requests (before the calendar ran, or history imported) have no compliance to plot.
        var weeks = model.ComplianceTrend.Where(w => w.Requested > 0).ToList();
        using var small = PackFonts.Font(11);
        using var bold = PackFonts.Font(11, bold: true);
        const float AxisWidth = 48;
        var area = new SKRect(plot.Left + AxisWidth, plot.Top + 8, plot.Right - 10, plot.Bottom - 22);
        for (var i = 0; i <= 4; i++)
        {
            var y = area.Bottom - (area.Height * i / 4);
            Shapes.Line(canvas, area.Left, y, area.Right, y, Palette.Rule);
            TextDrawing.Draw(canvas, model.Format.Percent(i / 4m), area.Left - 6, y + 4, small, Palette.Muted, SKTextAlign.Right);
        }

        if (weeks.Count == 0)
        {
            TextDrawing.Draw(canvas, model.Text.ChartNoRequest, area.MidX, area.MidY, small, Palette.Muted, SKTextAlign.Center);
            return;
        }

        // Weeks spread from the left axis to the right edge. A young portfolio's single week has no line to draw: its
        // point stands in the middle of the plot, clear of the axis labels, with its value above it.
        var step = weeks.Count == 1 ? 0 : area.Width / (weeks.Count - 1);
        var left = weeks.Count == 1 ? area.MidX : area.Left;
        var points = weeks
            .Select((w, i) => (Week: w, Point: new SKPoint(left + (step * i), area.Bottom - (area.Height * (float)w.Share))))
            .ToList();

        for (var i = 1; i < points.Count; i++)
        {
            Shapes.Line(canvas, points[i - 1].Point.X, points[i - 1].Point.Y, points[i].Point.X, points[i].Point.Y, Palette.Accent, 2.5f);
        }

        using var dot = new SKPaint { Color = Palette.Accent, IsAntialias = true };
        var radius = points.Count == 1 ? 5.5f : 3.5f;
        foreach (var (week, p) in points)
        {
            canvas.DrawCircle(p, radius, dot);
            var label = model.Text.WeekShort + week.Week.Week.ToString("D2", model.Format.Culture);
            TextDrawing.Draw(canvas, label, p.X, area.Bottom + 15, small, Palette.Muted, SKTextAlign.Center);
        }

        // The latest week's value above its point, centred unless that would run past the plot's right edge.
        var last = points[^1];
        var value = model.Format.Percent(last.Week.Share);
        var fitsCentred = last.Point.X + (bold.MeasureText(value) / 2) <= area.Right;
        TextDrawing.Draw(
            canvas, value, fitsCentred ? last.Point.X : area.Right, last.Point.Y - radius - 6, bold, Palette.Ink,
            fitsCentred ? SKTextAlign.Center : SKTextAlign.Right);
    }
}
