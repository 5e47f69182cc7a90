namespace Pmo.Reports.Charts;

/// <summary>Shared chart chrome: background, title and the plot area left for the chart's content.</summary>
internal static class ChartFrame
{
    public const float Width = 600;
    public const float Height = 300;

    /// <param name="reservedRight">Room kept free right of the title (for a legend).</param>
    public static SKRect Begin(SKCanvas canvas, SKRect bounds, string title, float reservedRight = 0)
    {
        using var background = new SKPaint { Color = SKColors.White };
        canvas.DrawRect(bounds, background);
        using var titleFont = PackFonts.Font(15, bold: true);
        TextDrawing.Draw(canvas, TextDrawing.Fit(title, titleFont, bounds.Width - 20 - reservedRight), bounds.Left + 10, bounds.Top + 22, titleFont, Palette.Ink);
        return new SKRect(bounds.Left + 10, bounds.Top + 36, bounds.Right - 10, bounds.Bottom - 8);
    }

    /// <summary>A "nice" axis maximum (1, 2 or 5 × 10^n) at or above <paramref name="value"/>.</summary>
    public static double NiceMax(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
