using SkiaSharp;

namespace Pmo.Reports.Drawing;

/// <summary>Measuring, clipping and wrapping single-font text on a Skia canvas.</summary>
internal static class TextDrawing
{
    private const string Ellipsis = "…";

    public static void Draw(SKCanvas canvas, string text, float x, float baseline, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        if (text.Length == 0)
        {
            return;
        }

        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, baseline, align, font, paint);
    }

    /// <summary>The text, cut with an ellipsis when wider than <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, SKFont font, float maxWidth)
    {
        if (text.Length == 0 || font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var room = maxWidth - font.MeasureText(Ellipsis);
        if (room <= 0)
        {
            return "";
        }

        var count = (int)font.BreakText(text, room);
        return string.Concat(text.AsSpan(0, count).TrimEnd(), Ellipsis);
    }

    /// <summary>Word-wraps into lines no wider than <paramref name="maxWidth"/>; at most <paramref name="maxLines"/> lines.</summary>
    public static List<string> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var rest = paragraph.Trim();
            while (rest.Length > 0)
            {
                if (lines.Count == maxLines)
                {
                    // Out of lines: the last one ends with an ellipsis so the reader knows text was cut.
                    lines[^1] = Fit(lines[^1] + " " + rest + " " + Ellipsis, font, maxWidth);
                    return lines;
                }

                var fit = (int)font.BreakText(rest, maxWidth);
                if (fit >= rest.Length)
                {
                    lines.Add(rest);
                    break;
                }

                var cut = rest.LastIndexOf(' ', Math.Max(fit, 1));
                cut = cut <= 0 ? Math.Max(fit, 1) : cut;
                lines.Add(rest[..cut].TrimEnd());
                rest = rest[cut..].TrimStart();
            }
        }

        return lines;
    }
}
