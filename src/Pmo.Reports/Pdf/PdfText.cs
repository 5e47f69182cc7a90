namespace Pmo.Reports.Pdf;

/// <summary>User text made printable: control characters (which draw as empty boxes) become spaces.</summary>
internal static class PdfText
{
    public static string Clean(string? text, bool keepNewLines = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var needs = false;
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c == '\n' && keepNewLines ? '\n' : char.IsControl(c) ? ' ' : c);
        }

        return sb.ToString();
    }
}
