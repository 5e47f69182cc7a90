namespace Pmo.Reports.Xlsx;

/// <summary>
/// Makes user text safe for a spreadsheet cell: never read as a formula when the sheet is edited, re-saved or exported
/// to CSV (OWASP "CSV injection"), and free of characters XML cannot carry.
/// </summary>
internal static class CellText
{
    /// <summary>Excel's limit for one cell.</summary>
    public const int MaxLength = 32_767;

    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = StripInvalidXml(text);
        if (clean.Length > 0 && StartsFormula(clean[0]))
        {
            clean = "'" + clean;
        }

        return clean.Length > MaxLength ? clean[..MaxLength] : clean;
    }

    /// <summary>Characters a spreadsheet (or CSV import) treats as the start of a formula; full-width forms included.</summary>
    public static bool StartsFormula(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '＝' or '＋' or '－' or '＠';

    private static string StripInvalidXml(string text)
    {
        var valid = true;
        for (var i = 0; i < text.Length && valid; i++)
        {
            valid = IsValidAt(text, i, out var pair) && (i += pair ? 1 : 0) >= 0;
        }

        if (valid)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsValidAt(text, i, out var pair))
            {
                sb.Append(text[i]);
                if (pair)
                {
                    sb.Append(text[++i]);
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>XML 1.0 characters: tab, LF, CR, U+0020 and up (no lone surrogates, no U+FFFE/U+FFFF).</summary>
    private static bool IsValidAt(string text, int i, out bool pair)
    {
        pair = false;
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            pair = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            return pair;
        }

        return c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
    }
}
