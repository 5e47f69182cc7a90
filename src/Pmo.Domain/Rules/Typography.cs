namespace Pmo.Domain.Rules;

/// <summary>
/// French typography puts a narrow no-break space (U+202F) before the two-part signs <c>: ; ? !</c> and inside
/// <c>« »</c>, so the sign never starts a line; English puts none. The French texts of the e-mails, the pages and the pack
/// carry it in their wording; code that joins a label and a value joins them through here.
/// </summary>
public static class Typography
{
    /// <summary>U+202F, the French "espace fine insécable".</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>"Label: value" / "Libellé : valeur" (with U+202F).</summary>
    public static string Labelled(string label, string value, Language language) =>
        language == Language.Fr ? $"{label}{NarrowNoBreakSpace}: {value}" : $"{label}: {value}";

    /// <summary>What follows a number to make it a percentage: "67%" in English, "67 %" (U+202F) in French.</summary>
    public static string PercentSign(Language language) => language == Language.Fr ? NarrowNoBreakSpace + "%" : "%";
}
