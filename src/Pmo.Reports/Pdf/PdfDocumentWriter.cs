namespace Pmo.Reports.Pdf;

/// <summary>What frames a pack's pages: its metadata, cover, running header and footer.</summary>
internal sealed record PdfChrome(SKDocumentPdfMetadata Metadata, string Header, string Footer, string PageFormat, Action<SKCanvas> DrawCover);

/// <summary>
/// Writes a pack as PDF: the cover, then the flowing items paginated (so "Page x / y" is known) and drawn page by page
/// into the caller's stream. Shared by the review pack and the arbitration pack.
/// </summary>
internal static class PdfDocumentWriter
{
    public static void Write(Stream output, PdfStyle style, IReadOnlyList<PdfItem> items, PdfChrome chrome, CancellationToken cancellationToken)
    {
        var pages = PdfPaginator.Paginate(items, PdfStyle.ContentTop, PdfStyle.ContentBottom);
        var total = pages.Count + 1;
        using var target = new PositionTrackingStream(output);
        using var document = SKDocument.CreatePdf(target, chrome.Metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");

        var cover = document.BeginPage(PdfStyle.PageWidth, PdfStyle.PageHeight);
        chrome.DrawCover(cover);
        Footer(cover, chrome, style, 1, total);
        document.EndPage();

        for (var p = 0; p < pages.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = document.BeginPage(PdfStyle.PageWidth, PdfStyle.PageHeight);
            Header(canvas, chrome, style);
            foreach (var placement in pages[p])
            {
                if (placement.HeaderOf is { } table)
                {
                    table.DrawHeader(canvas, PdfStyle.ContentLeft, placement.Top, style);
                }
                else
                {
                    placement.Item!.Draw(canvas, PdfStyle.ContentLeft, placement.Top, style);
                }
            }

            Footer(canvas, chrome, style, p + 2, total);
            document.EndPage();
        }

        document.Close();
    }

    /// <summary>The cover's dark band (organisation, title, subtitle) and the key lines under it.</summary>
    public static void DrawCover(SKCanvas canvas, PdfStyle style, string organisation, string title, string subtitle, IEnumerable<string> lines)
    {
        Shapes.Fill(canvas, new SKRect(0, 0, PdfStyle.PageWidth, 230), Palette.HeaderFill);
        var width = PdfStyle.ContentWidth;
        TextDrawing.Draw(canvas, TextDrawing.Fit(PdfText.Clean(organisation), style.CoverSubtitle, width), PdfStyle.ContentLeft, 90, style.CoverSubtitle, SKColors.White);
        TextDrawing.Draw(canvas, TextDrawing.Fit(title, style.CoverTitle, width), PdfStyle.ContentLeft, 140, style.CoverTitle, SKColors.White);
        TextDrawing.Draw(canvas, subtitle, PdfStyle.ContentLeft, 180, style.CoverSubtitle, SKColors.White);

        var y = 290f;
        foreach (var line in lines)
        {
            TextDrawing.Draw(canvas, TextDrawing.Fit(line, style.CoverSubtitle, width), PdfStyle.ContentLeft, y, style.CoverSubtitle, Palette.Ink);
            y += 30;
        }
    }

    private static void Header(SKCanvas canvas, PdfChrome chrome, PdfStyle style)
    {
        TextDrawing.Draw(canvas, TextDrawing.Fit(chrome.Header, style.Small, PdfStyle.ContentWidth), PdfStyle.ContentLeft, PdfStyle.Margin + 8, style.Small, Palette.Muted);
        Shapes.Line(canvas, PdfStyle.ContentLeft, PdfStyle.Margin + 13, PdfStyle.ContentLeft + PdfStyle.ContentWidth, PdfStyle.Margin + 13, Palette.Rule, 0.5f);
    }

    private static void Footer(SKCanvas canvas, PdfChrome chrome, PdfStyle style, int page, int total)
    {
        var y = PdfStyle.PageHeight - PdfStyle.Margin + 4;
        var pageText = string.Format(CultureInfo.InvariantCulture, chrome.PageFormat, page, total);
        TextDrawing.Draw(canvas, pageText, PdfStyle.ContentLeft + PdfStyle.ContentWidth, y, style.Small, Palette.Muted, SKTextAlign.Right);
        TextDrawing.Draw(canvas, chrome.Footer, PdfStyle.ContentLeft, y, style.Small, Palette.Muted);
    }
}
