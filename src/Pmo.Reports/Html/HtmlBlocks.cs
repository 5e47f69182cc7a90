namespace Pmo.Reports.Html;

/// <summary>
/// The building blocks of the packs' e-mails (headings, paragraphs, tables with inline styles, "N more" notes), shared by
/// the review pack and the arbitration pack so both look alike in a mail client.
/// </summary>
internal sealed class HtmlBlocks(StringBuilder html, PackText text, PackFormat format)
{
    public const string CellStyle = "padding:4px 6px;border-bottom:1px solid #e0e0e0;vertical-align:top;";
    private const string HeadCell = "padding:4px 6px;background:#263238;color:#ffffff;text-align:left;font-weight:bold;";
    private const string Table = "border-collapse:collapse;width:100%;font-size:13px;margin:0 0 16px 0;";
    private const string CompactTable = "border-collapse:collapse;width:100%;font-size:11px;margin:0 0 16px 0;";
    private const string CompactPadding = "padding:3px 3px;";

    // A wide table (the arbitration ranking's 13 columns) in a smaller font with tighter cells, so it fits 760 px.
    private bool _compact;
    private const string H2 = "font-size:18px;color:#263238;border-bottom:2px solid #00695c;padding-bottom:4px;margin:24px 0 8px 0;";

    /// <summary>The document's start up to the organisation line, title and the muted line under it.</summary>
    public void Open(string language, string subject, string organisation, string title, string subtitle)
    {
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{HtmlText.Encode(subject)}</title></head>");
        html.Append("<body style=\"margin:0;padding:0;background:#f5f7f8;\">");
        html.Append("<table role=\"presentation\" style=\"width:100%;border-collapse:collapse;\"><tr><td style=\"padding:16px;\">");
        html.Append("<div style=\"max-width:760px;margin:0 auto;background:#ffffff;padding:20px;font-family:Arial,Helvetica,sans-serif;color:#212121;\">");
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0;color:#616161;font-size:13px;\">{HtmlText.Encode(organisation)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<h1 style=\"font-size:24px;margin:4px 0 2px 0;color:#263238;\">{HtmlText.Encode(title)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 12px 0;color:#616161;font-size:12px;\">{HtmlText.Encode(subtitle)}</p>");
    }

    /// <summary>The closing note and the end of the document.</summary>
    public void Close(string note)
    {
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px;color:#616161;\">{HtmlText.Encode(note, 400)}</p>");
        html.Append("</div></td></tr></table></body></html>");
    }

    public void H(string title) => html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"{H2}\">{HtmlText.Encode(title)}</h2>");

    public void H3(string title) => html.Append(CultureInfo.InvariantCulture, $"<h3 style=\"font-size:15px;margin:12px 0 6px 0;\">{HtmlText.Encode(title)}</h3>");

    public void P(string paragraph) => html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px;\">{HtmlText.Encode(paragraph, 400)}</p>");

    /// <summary>A muted paragraph of already-encoded HTML.</summary>
    public void Note(string encoded) => html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:12px;color:#616161;\">{encoded}</p>");

    public void More(int count)
    {
        if (count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px;color:#616161;font-style:italic;\">{HtmlText.Encode(string.Format(format.Culture, text.MoreInPdfFormat, format.Integer(count)))}</p>");
        }
    }

    /// <summary>Opens a table with its header row (none without headers).</summary>
    public void Head(params string[] headers) => Open(headers, compact: false);

    /// <summary>Opens a wide table: smaller font and tighter cells until <see cref="End"/>.</summary>
    public void CompactHead(params string[] headers) => Open(headers, compact: true);

    private void Open(string[] headers, bool compact)
    {
        _compact = compact;
        html.Append(CultureInfo.InvariantCulture, $"<table style=\"{(compact ? CompactTable : Table)}\">");
        if (headers.Length == 0)
        {
            return;
        }

        html.Append("<tr>");
        foreach (var h in headers)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th style=\"{HeadCell}{(_compact ? CompactPadding : "")}\">{HtmlText.Encode(h)}</th>");
        }

        html.Append("</tr>");
    }

    /// <summary>Cells are already-encoded HTML fragments (from <see cref="Text(string?, int)"/>, <see cref="Right"/>…).</summary>
    public void Row(params string[] cells)
    {
        html.Append("<tr>");
        foreach (var c in cells)
        {
            html.Append(CultureInfo.InvariantCulture, $"<td style=\"{CellStyle}{(_compact ? CompactPadding : "")}\">{c}</td>");
        }

        html.Append("</tr>");
    }

    /// <summary>A row whose cells carry their own <c>&lt;td&gt;</c> (a coloured cell).</summary>
    public void RawRow(IEnumerable<string> cells)
    {
        html.Append("<tr>");
        foreach (var c in cells)
        {
            html.Append(c);
        }

        html.Append("</tr>");
    }

    /// <summary>A table cell filled with <paramref name="fill"/> (the heat map's colours), its text centred and bold.</summary>
    public static string FilledCell(string value, SkiaSharp.SKColor fill) =>
        $"<td style=\"{CellStyle}background:{Drawing.Palette.Hex(fill)};color:{Drawing.Palette.Hex(Drawing.Palette.On(fill))};text-align:center;font-weight:bold;white-space:nowrap;\">{HtmlText.Encode(value)}</td>";

    /// <summary>A filled cell of two lines, the second smaller (the capacity table: figures, then who is over 100 %); one line when the second is empty.</summary>
    public static string FilledCell(string value, string secondLine, SkiaSharp.SKColor fill) =>
        secondLine.Length == 0
            ? FilledCell(value, fill)
            : $"<td style=\"{CellStyle}background:{Drawing.Palette.Hex(fill)};color:{Drawing.Palette.Hex(Drawing.Palette.On(fill))};text-align:center;font-weight:bold;white-space:nowrap;\">" +
              $"{HtmlText.Encode(value)}<br><span style=\"font-size:11px;\">{HtmlText.Encode(secondLine)}</span></td>";

    public static string PlainCell(string encoded) => $"<td style=\"{CellStyle}\">{encoded}</td>";

    public void End()
    {
        _compact = false;
        html.Append("</table>");
    }

    public static string Text(string? value, int maxLength = 120) => HtmlText.Encode(value, maxLength);

    public static string Right(string value) => $"<div style=\"text-align:right;white-space:nowrap;\">{HtmlText.Encode(value)}</div>";

    public static string NoWrap(string? value, int maxLength = 40) => $"<span style=\"white-space:nowrap;\">{HtmlText.Encode(value, maxLength)}</span>";

    public static string Center(string value) => $"<div style=\"text-align:center;\">{HtmlText.Encode(value)}</div>";
}
