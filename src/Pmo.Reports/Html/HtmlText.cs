using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pmo.Reports.Html;

/// <summary>HTML-encodes user text (every user string goes through here) and caps its length for the e-mail.</summary>
internal static class HtmlText
{
    // All Unicode ranges allowed: accents stay readable in the source; <, >, &, quotes and controls are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text, int maxLength = 200)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cut = text.Length > maxLength ? string.Concat(text.AsSpan(0, maxLength).TrimEnd(), "…") : text;
        return Encoder.Encode(cut);
    }
}
