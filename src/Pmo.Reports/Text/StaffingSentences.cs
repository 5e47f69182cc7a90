using Pmo.Domain.Capacity;

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
        return string.Format(format.Culture, text.StaffingNeedFormat, format.DayCount(need.NeededDays), need.Role, month, format.DayCount(need.FreeDays));
    }
}
