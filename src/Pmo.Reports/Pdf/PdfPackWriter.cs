using System.Globalization;
using Pmo.Reports.Drawing;
using Pmo.Reports.Model;
using SkiaSharp;

namespace Pmo.Reports.Pdf;

/// <summary>Writes the PDF pack: cover, then the flowing sections, page by page into the caller's stream.</summary>
internal static class PdfPackWriter
{
    public static void Write(PackModel model, Stream output, CancellationToken cancellationToken)
    {
        using var style = new PdfStyle();
        var items = new PdfSections(model, style, cancellationToken).Build();
        var pages = PdfPaginator.Paginate(items, PdfStyle.ContentTop, PdfStyle.ContentBottom);
        var total = pages.Count + 1;
        var t = model.Text;
        var month = t.MonthName(model.Input.Month);

        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{t.Title} — {month}",
            Author = model.Input.OrganisationName,
            Subject = t.Title,
            Creator = "PMO Functions",
            Producer = "PMO Functions (SkiaSharp)",
            Creation = model.Input.GeneratedAtUtc.UtcDateTime,
            Modified = model.Input.GeneratedAtUtc.UtcDateTime,
        };
        using var target = new PositionTrackingStream(output);
        using var document = SKDocument.CreatePdf(target, metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");

        var cover = document.BeginPage(PdfStyle.PageWidth, PdfStyle.PageHeight);
        DrawCover(cover, model, style, month);
        Footer(cover, model, style, 1, total);
        document.EndPage();

        for (var p = 0; p < pages.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = document.BeginPage(PdfStyle.PageWidth, PdfStyle.PageHeight);
            Header(canvas, model, style, month);
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

            Footer(canvas, model, style, p + 2, total);
            document.EndPage();
        }

        document.Close();
    }

    private static void DrawCover(SKCanvas canvas, PackModel model, PdfStyle style, string month)
    {
        var t = model.Text;
        Shapes.Fill(canvas, new SKRect(0, 0, PdfStyle.PageWidth, 230), Palette.HeaderFill);
        var width = PdfStyle.ContentWidth;
        TextDrawing.Draw(canvas, TextDrawing.Fit(PdfText.Clean(model.Input.OrganisationName), style.CoverSubtitle, width), PdfStyle.ContentLeft, 90, style.CoverSubtitle, SKColors.White);
        TextDrawing.Draw(canvas, TextDrawing.Fit(t.Title, style.CoverTitle, width), PdfStyle.ContentLeft, 140, style.CoverTitle, SKColors.White);
        TextDrawing.Draw(canvas, month, PdfStyle.ContentLeft, 180, style.CoverSubtitle, SKColors.White);

        var k = model.Input.Kpis;
        var y = 290f;
        void Line(string text)
        {
            TextDrawing.Draw(canvas, text, PdfStyle.ContentLeft, y, style.CoverSubtitle, Palette.Ink);
            y += 30;
        }

        Line(string.Format(model.Format.Culture, t.ActiveProjectsFormat, model.Format.Integer(k.ActiveProjects)));
        Line($"{t.RagNames[0]} {model.Format.Integer(k.Green)} · {t.RagNames[1]} {model.Format.Integer(k.Amber)} · {t.RagNames[2]} {model.Format.Integer(k.Red)} · {t.NoStatus} {model.Format.Integer(k.NoStatus)}");
        Line(string.Format(model.Format.Culture, t.CoverComplianceFormat, k.UpdateCompliance is { } c ? model.Format.Percent(c) : t.NoUpdateRequested));
    }

    private static void Header(SKCanvas canvas, PackModel model, PdfStyle style, string month)
    {
        var text = $"{PdfText.Clean(model.Input.OrganisationName)} — {model.Text.Title} — {month}";
        TextDrawing.Draw(canvas, TextDrawing.Fit(text, style.Small, PdfStyle.ContentWidth), PdfStyle.ContentLeft, PdfStyle.Margin + 8, style.Small, Palette.Muted);
        Shapes.Line(canvas, PdfStyle.ContentLeft, PdfStyle.Margin + 13, PdfStyle.ContentLeft + PdfStyle.ContentWidth, PdfStyle.Margin + 13, Palette.Rule, 0.5f);
    }

    private static void Footer(SKCanvas canvas, PackModel model, PdfStyle style, int page, int total)
    {
        var y = PdfStyle.PageHeight - PdfStyle.Margin + 4;
        var pageText = string.Format(CultureInfo.InvariantCulture, model.Text.PageFormat, page, total);
        TextDrawing.Draw(canvas, pageText, PdfStyle.ContentLeft + PdfStyle.ContentWidth, y, style.Small, Palette.Muted, SKTextAlign.Right);
        TextDrawing.Draw(canvas, $"{model.Text.GeneratedOn} {model.Format.DateTimeUtc(model.Input.GeneratedAtUtc)}", PdfStyle.ContentLeft, y, style.Small, Palette.Muted);
    }
}
