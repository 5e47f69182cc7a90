namespace Pmo.Reports.Pdf;

/// <summary>A block of the flowing PDF pack: laid out first (height known), drawn once pages are counted.</summary>
internal abstract class PdfItem
{
    public abstract float Height { get; }

    /// <summary>Headings stay on the page of what follows them.</summary>
    public virtual bool KeepWithNext => false;

    public abstract void Draw(SKCanvas canvas, float left, float top, PdfStyle style);
}

/// <summary>Starts a new page (each major section of the pack does).</summary>
internal sealed class PageBreak : PdfItem
{
    public static readonly PageBreak Instance = new();

    public override float Height => 0;

    public override void Draw(SKCanvas canvas, float left, float top, PdfStyle style)
    {
    }
}

internal sealed class HeadingItem(string text, bool major) : PdfItem
{
    public override float Height => major ? 34 : 26;

    public override bool KeepWithNext => true;

    public override void Draw(SKCanvas canvas, float left, float top, PdfStyle style)
    {
        var font = major ? style.Heading : style.SubHeading;
        TextDrawing.Draw(canvas, TextDrawing.Fit(text, font, PdfStyle.ContentWidth), left, top + (major ? 22 : 19), font, major ? Palette.HeaderFill : Palette.Ink);
        if (major)
        {
            Shapes.Line(canvas, left, top + 27, left + PdfStyle.ContentWidth, top + 27, Palette.Accent, 1.2f);
        }
    }
}

internal sealed class ParagraphItem : PdfItem
{
    private const float LineHeight = 11;
    private readonly List<string> _lines;
    private readonly bool _muted;

    /// <param name="maxLines">Longer text is cut with an ellipsis; 40 lines still fit a page under a heading.</param>
    public ParagraphItem(string text, PdfStyle style, bool muted = false, int maxLines = 12)
    {
        _lines = TextDrawing.Wrap(PdfText.Clean(text, keepNewLines: true), style.Body, PdfStyle.ContentWidth, maxLines);
        _muted = muted;
    }

    public override float Height => (_lines.Count * LineHeight) + 6;

    public override void Draw(SKCanvas canvas, float left, float top, PdfStyle style)
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            TextDrawing.Draw(canvas, _lines[i], left, top + 9 + (i * LineHeight), style.Body, _muted ? Palette.Muted : Palette.Ink);
        }
    }
}

/// <summary>One or two charts side by side, drawn as vectors by the same code that paints the PNGs.</summary>
internal sealed class ChartsItem(PackModel model, params ChartKind[] kinds) : PdfItem
{
    private const float Gap = 14;

    public override float Height => (ChartFrame.Height * Scale) + 18;

    private static float Scale => (PdfStyle.PageWidth - (2 * PdfStyle.Margin) - Gap) / 2 / ChartFrame.Width;

    public override void Draw(SKCanvas canvas, float left, float top, PdfStyle style)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            canvas.Save();
            canvas.Translate(left + (i * ((ChartFrame.Width * Scale) + Gap)), top + 8);
            canvas.Scale(Scale);
            ChartRenderer.Draw(kinds[i], canvas, new SKRect(0, 0, ChartFrame.Width, ChartFrame.Height), model);
            canvas.Restore();
            using var border = new SKPaint { Color = Palette.Rule, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f };
            var x = left + (i * ((ChartFrame.Width * Scale) + Gap));
            canvas.DrawRect(new SKRect(x, top + 8, x + (ChartFrame.Width * Scale), top + 8 + (ChartFrame.Height * Scale)), border);
        }
    }
}

/// <summary>A row of colour swatches with their meaning (the heat map's legend).</summary>
internal sealed class LegendItem(string title, IReadOnlyList<(SKColor Colour, string Label)> entries) : PdfItem
{
    public override float Height => 20;

    public override void Draw(SKCanvas canvas, float left, float top, PdfStyle style)
    {
        TextDrawing.Draw(canvas, title, left, top + 13, style.BodyBold, Palette.Ink);
        var x = left + style.BodyBold.MeasureText(title) + 12;
        foreach (var (colour, label) in entries)
        {
            Shapes.Fill(canvas, new SKRect(x, top + 4, x + 18, top + 15), colour);
            TextDrawing.Draw(canvas, label, x + 23, top + 13, style.Body, Palette.Ink);
            x += 23 + style.Body.MeasureText(label) + 16;
        }
    }
}

/// <summary>A link: its title and address printed (so a paper copy keeps it) and clickable in a PDF reader.</summary>
internal sealed class LinkItem(string title, string url) : PdfItem
{
    public override float Height => 14;

    public override void Draw(SKCanvas canvas, float left, float top, PdfStyle style)
    {
        var text = TextDrawing.Fit($"{PdfText.Clean(title)} — {PdfText.Clean(url)}", style.Body, PdfStyle.ContentWidth);
        TextDrawing.Draw(canvas, text, left, top + 10, style.Body, Palette.Approved);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            canvas.DrawUrlAnnotation(new SKRect(left, top, left + style.Body.MeasureText(text), top + Height), uri.AbsoluteUri);
        }
    }
}
