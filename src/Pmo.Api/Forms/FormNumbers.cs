namespace Pmo.Api.Forms;

/// <summary>Numbers as people type them in the link pages' forms.</summary>
public static class FormNumbers
{
    /// <summary>Accepts "12500", "12 500", "12500.50" and the French "12 500,50" (spaces of any width, comma or point).</summary>
    public static bool TryParseAmount(string? text, out decimal value)
    {
        var compact = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(compact, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
