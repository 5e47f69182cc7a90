namespace Pmo.Reports.Drawing;

/// <summary>Lines and filled rectangles with the pack's paint settings.</summary>
internal static class Shapes
{
    public static void Line(SKCanvas canvas, float x0, float y0, float x1, float y1, SKColor color, float width = 1)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke };
        canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    public static void Fill(SKCanvas canvas, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawRect(rect, paint);
    }
}
