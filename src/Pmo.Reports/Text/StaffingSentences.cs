namespace Pmo.Reports.Text;

/// <summary>
/// A <see cref="StaffingNeed"/> as the arbitration pack prints it after the demand's id, in the pack's language. The
/// domain's <see cref="StaffingNeed.Sentence"/> is English only; the English wording here is the same text, the French
/// one follows French typography and number format ("12,5 jours").
/// </summary>
internal static class StaffingSentences
{
    public static string Of(StaffingNeed need, PackText text, PackFormat format)
    {
        ArgumentNullException.ThrowIfNull(need);
        var month = need.Month.FirstDay.ToString("MMMM yyyy", text.Culture);
        var pattern = Elides(text, need.Role) ? text.StaffingNeedFormat.Replace("de {1}", "d'{1}", StringComparison.Ordinal) : text.StaffingNeedFormat;
        return string.Format(format.Culture, pattern, format.DayCount(need.NeededDays), need.Role, month, format.DayCount(need.FreeDays));
    }

    /// <summary>French elides "de" before a vowel: "40 jours d'Architecte", "40 jours de Développeur".</summary>
    private static bool Elides(PackText text, string role) =>
        text.Culture.TwoLetterISOLanguageName == "fr" && role.Length > 0 && "aàâeéèêëiîïoôuùûyAÀÂEÉÈÊËIÎÏOÔUÙÛY".Contains(role[0], StringComparison.Ordinal);
}
