namespace Pmo.Reports.Drawing;

/// <summary>
/// The embedded DejaVu Sans Condensed faces, loaded once per process. Never a system font: the pack must render the
/// same glyphs (French accents, arrows, ≥) on a developer's Linux box and on an Azure worker that has no fonts at all.
/// </summary>
internal static class PackFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSansCondensed.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSansCondensed-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>
    /// Unhinted, linear metrics: glyphs are placed by the font's own advances, which is what a PDF reader assumes when
    /// it extracts text (hinted advances leave gaps that pdftotext reads as spaces: "G énéré").
    /// </summary>
    public static SKFont Font(float size, bool bold = false) =>
        new(bold ? Bold : Regular, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    private static SKTypeface Load(string file)
    {
        var name = "Pmo.Reports.Fonts." + file;
        using var stream = typeof(PackFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the assembly.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"Embedded font {name} could not be loaded.");
    }
}
