namespace Pmo.Reports.Pdf;

/// <summary>Writes the review pack's PDF: its cover and sections, through the shared <see cref="PdfDocumentWriter"/>.</summary>
internal static class PdfPackWriter
{
    public static void Write(PackModel model, Stream output, CancellationToken cancellationToken)
    {
        using var style = new PdfStyle();
        var items = new PdfSections(model, style, cancellationToken).Build();
        var t = model.Text;
        var f = model.Format;
        var month = t.MonthName(model.Input.Month);
        var k = model.Input.Kpis;
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
        string[] coverLines =
        [
            string.Format(f.Culture, t.ActiveProjectsFormat, f.Integer(k.ActiveProjects)),
            $"{t.RagNames[0]} {f.Integer(k.Green)} · {t.RagNames[1]} {f.Integer(k.Amber)} · {t.RagNames[2]} {f.Integer(k.Red)} · {t.NoStatus} {f.Integer(k.NoStatus)}",
            string.Format(f.Culture, t.CoverComplianceFormat, k.UpdateCompliance is { } c ? f.Percent(c) : t.NoUpdateRequested),
        ];
        var chrome = new PdfChrome(
            metadata,
            $"{PdfText.Clean(model.Input.OrganisationName)} — {t.Title} — {month}",
            $"{t.GeneratedOn} {f.DateTimeUtc(model.Input.GeneratedAtUtc)}",
            t.PageFormat,
            canvas => PdfDocumentWriter.DrawCover(canvas, style, model.Input.OrganisationName, t.Title, month, coverLines));
        PdfDocumentWriter.Write(output, style, items, chrome, cancellationToken);
    }
}
