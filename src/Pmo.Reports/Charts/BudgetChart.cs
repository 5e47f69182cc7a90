namespace Pmo.Reports.Charts;

/// <summary>Grouped bars per portfolio (largest budgets first): approved envelope vs forecast at completion.</summary>
internal static class BudgetChart
{
    public const int MaxPortfolios = 8;

    public static void Draw(SKCanvas canvas, SKRect bounds, PackModel model)
    {
        var t = model.Text;
        var plot = ChartFrame.Begin(canvas, bounds, model.WithCurrency(t.ChartBudget), reservedRight: 200);
        var budgets = model.Budgets.Take(MaxPortfolios).ToList();
        using var small = PackFonts.Font(11);

        // Legend on the title line, right-aligned.
        var legendX = plot.Right - 190;
        Legend(canvas, legendX, bounds.Top + 22, Palette.Approved, t.Approved, small);
        Legend(canvas, legendX + 95, bounds.Top + 22, Palette.Forecast, t.Forecast, small);

        if (budgets.Count == 0)
        {
            return;
        }

        var max = ChartFrame.NiceMax((double)budgets.Select(b => Math.Max(b.Approved, b.Forecast)).DefaultIfEmpty(0).Max());
        const float AxisWidth = 70;
        var area = new SKRect(plot.Left + AxisWidth, plot.Top + 6, plot.Right, plot.Bottom - 22);
        for (var i = 0; i <= 4; i++)
        {
            var y = area.Bottom - (area.Height * i / 4);
            Shapes.Line(canvas, area.Left, y, area.Right, y, Palette.Rule);
            TextDrawing.Draw(canvas, model.Format.Money((decimal)(max * i / 4)), area.Left - 6, y + 4, small, Palette.Muted, SKTextAlign.Right);
        }

        var slot = area.Width / budgets.Count;
        var barWidth = Math.Min(28, slot * 0.35f);
        for (var i = 0; i < budgets.Count; i++)
        {
            var b = budgets[i];
            var centre = area.Left + (slot * i) + (slot / 2);
            Bar(canvas, area, centre - barWidth - 1, barWidth, (double)b.Approved / max, Palette.Approved);
            Bar(canvas, area, centre + 1, barWidth, (double)b.Forecast / max, Palette.Forecast);
            TextDrawing.Draw(canvas, TextDrawing.Fit(b.Portfolio, small, slot - 4), centre, area.Bottom + 15, small, Palette.Ink, SKTextAlign.Center);
        }
    }

    private static void Bar(SKCanvas canvas, SKRect area, float x, float width, double fraction, SKColor color)
    {
        var height = (float)(area.Height * Math.Clamp(fraction, 0, 1));
        Shapes.Fill(canvas, new SKRect(x, area.Bottom - height, x + width, area.Bottom), color);
    }

    private static void Legend(SKCanvas canvas, float x, float baseline, SKColor color, string label, SKFont font)
    {
        Shapes.Fill(canvas, new SKRect(x, baseline - 9, x + 10, baseline + 1), color);
        TextDrawing.Draw(canvas, TextDrawing.Fit(label, font, 78), x + 14, baseline, font, Palette.Ink);
    }
}
