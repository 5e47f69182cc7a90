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

        canvas.DrawText(text, x, baseline, align, font, Paint(color));
    }

    // A few colours cover every text of the pack: one paint per colour and thread instead of one per string drawn
    // (a 10,000-project PDF draws about 300,000 strings). Thread-static because SKPaint is not safe to share.
    [ThreadStatic]
    private static Dictionary<SKColor, SKPaint>? _paints;

    private static SKPaint Paint(SKColor color)
    {
        _paints ??= [];
        if (!_paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true };
            _paints[color] = paint;
        }

        return paint;
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
