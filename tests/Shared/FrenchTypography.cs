using System.Text.RegularExpressions;

namespace Pmo.Tests.Shared;

/// <summary>
/// French typography as every French text must follow it: a narrow no-break space (U+202F) before <c>: ; ? !</c> and
/// inside <c>« »</c>. Times ("12:00") and addresses (https://…, cid:…, mailto:…) carry no punctuation. Linked into the
/// test projects of the e-mails, the pages and the pack.
/// </summary>
internal static partial class FrenchTypography
{
    public const char Thin = '\u202F';

    /// <summary>Each misplaced sign with a few characters around it; empty when the text is right.</summary>
    public static IReadOnlyList<string> Faults(string text)
    {
        var prose = NotProse().Replace(text, " ");
        var faults = new List<string>();
        for (var i = 0; i < prose.Length; i++)
        {
            var fault = prose[i] switch
            {
                ':' or ';' or '?' or '!' or '»' => i == 0 || prose[i - 1] != Thin,
                '«' => i + 1 == prose.Length || prose[i + 1] != Thin,
                _ => false,
            };
            if (fault)
            {
                var from = Math.Max(0, i - 25);
                faults.Add(prose[from..Math.Min(prose.Length, i + 10)].Replace(Thin, '⸱'));
            }
        }

        return faults;
    }

    /// <summary>The visible text of an HTML document or fragment: tags dropped, entities decoded.</summary>
    public static string TextOfHtml(string html) =>
        System.Net.WebUtility.HtmlDecode(Tags().Replace(HeadAndStyles().Replace(html, " "), " "));

    [GeneratedRegex(@"(?:https?|mailto|cid|data):\S+|\b\d{1,2}:\d{2}\b")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"<(head|style|script)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HeadAndStyles();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
