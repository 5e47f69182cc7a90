namespace Pmo.Reports.Pdf;

/// <summary>Page geometry and fonts of the PDF pack (A4 landscape: the RAG table needs the width).</summary>
internal sealed class PdfStyle : IDisposable
{
    public const float PageWidth = 842;
    public const float PageHeight = 595;
    public const float Margin = 36;
    public const float HeaderHeight = 22;
    public const float FooterHeight = 20;

    public const float ContentLeft = Margin;
    public const float ContentWidth = PageWidth - (2 * Margin);
    public const float ContentTop = Margin + HeaderHeight;
    public const float ContentBottom = PageHeight - Margin - FooterHeight;

    public SKFont Body { get; } = PackFonts.Font(8.5f);
    public SKFont BodyBold { get; } = PackFonts.Font(8.5f, bold: true);
    public SKFont Small { get; } = PackFonts.Font(7.5f);
    public SKFont Heading { get; } = PackFonts.Font(15, bold: true);
    public SKFont SubHeading { get; } = PackFonts.Font(11, bold: true);
    public SKFont CoverTitle { get; } = PackFonts.Font(30, bold: true);
    public SKFont CoverSubtitle { get; } = PackFonts.Font(18);

    public void Dispose()
    {
        Body.Dispose();
        BodyBold.Dispose();
        Small.Dispose();
        Heading.Dispose();
        SubHeading.Dispose();
        CoverTitle.Dispose();
        CoverSubtitle.Dispose();
    }
}
