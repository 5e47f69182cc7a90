using System.Net;

namespace Pmo.Application.Mail;

/// <summary>
/// Lays out <see cref="MailContent"/> as HTML (tables and inline CSS only, which Outlook and Gmail both render)
/// and as plain text. All text is HTML-encoded here, so user input (project names, comments) cannot inject markup.
/// </summary>
public static class MailLayout
{
    private const string Font = "font-family:Segoe UI,Helvetica,Arial,sans-serif;";

    public static string Html(MailContent content, string language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sb = new StringBuilder(4096);
        sb.Append("<!DOCTYPE html><html lang=\"").Append(E(language)).Append("\"><head><meta charset=\"utf-8\"><title>")
          .Append(E(content.Subject)).Append("</title></head>")
          .Append("<body style=\"margin:0;padding:0;background:#f3f4f6;\">")
          .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:24px 12px;\">")
          .Append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:640px;max-width:100%;background:#ffffff;border:1px solid #e5e7eb;\">")
          .Append("<tr><td style=\"background:#1f3a5f;color:#ffffff;padding:16px 24px;").Append(Font).Append("font-size:20px;font-weight:bold;\">")
          .Append(E(content.Heading)).Append("</td></tr><tr><td style=\"padding:20px 24px;").Append(Font).Append("font-size:14px;line-height:1.5;color:#111827;\">");
        Paragraphs(sb, content.Paragraphs);
        if (content.Table is { } table)
        {
            Table(sb, table);
        }

        if (content.Button is { } button)
        {
            sb.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:16px 0;\"><tr><td style=\"background:#2563eb;border-radius:4px;\">")
              .Append("<a href=\"").Append(E(button.Url)).Append("\" style=\"display:inline-block;padding:10px 20px;").Append(Font)
              .Append("font-size:14px;color:#ffffff;text-decoration:none;font-weight:bold;\">").Append(E(button.Label)).Append("</a></td></tr></table>");
        }

        Paragraphs(sb, content.After);
        if (content.TrustedHtml is { } trusted)
        {
            sb.Append(trusted);
        }

        sb.Append("</td></tr>");
        if (content.Footer.Length > 0)
        {
            sb.Append("<tr><td style=\"padding:12px 24px;border-top:1px solid #e5e7eb;").Append(Font).Append("font-size:12px;color:#6b7280;\">")
              .Append(E(content.Footer)).Append("</td></tr>");
        }

        sb.Append("</table></td></tr></table></body></html>");
        return sb.ToString();
    }

    /// <summary>The plain-text part; the button's line reads "label: url" (in French "libellé : url", with U+202F).</summary>
    public static string Text(MailContent content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sb = new StringBuilder(1024);
        sb.Append(content.Heading).Append("\n\n");
        foreach (var p in content.Paragraphs)
        {
            sb.Append(p).Append("\n\n");
        }

        if (content.Table is { } table)
        {
            sb.Append(string.Join(" | ", table.Headers)).Append('\n');
            foreach (var row in table.Rows)
            {
                sb.Append("- ").Append(string.Join(" | ", row)).Append('\n');
            }

            sb.Append('\n');
        }

        if (content.Button is { } button)
        {
            sb.Append(Typography.Labelled(button.Label, button.Url, language)).Append("\n\n");
        }

        foreach (var p in content.After)
        {
            sb.Append(p).Append("\n\n");
        }

        if (content.Footer.Length > 0)
        {
            sb.Append("-- \n").Append(content.Footer).Append('\n');
        }

        return sb.ToString();
    }

    private static void Paragraphs(StringBuilder sb, IReadOnlyList<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            sb.Append("<p style=\"margin:0 0 12px 0;\">").Append(E(p)).Append("</p>");
        }
    }

    private static void Table(StringBuilder sb, MailTable table)
    {
        sb.Append("<table cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%;margin:8px 0 16px 0;").Append(Font).Append("font-size:13px;\"><tr>");
        foreach (var h in table.Headers)
        {
            sb.Append("<th align=\"left\" style=\"background:#e5e7eb;border:1px solid #d1d5db;\">").Append(E(h)).Append("</th>");
        }

        sb.Append("</tr>");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td valign=\"top\" style=\"border:1px solid #d1d5db;\">").Append(E(cell)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
