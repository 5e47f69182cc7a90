namespace Pmo.Reports.Text;

/// <summary>Numbers, money, percentages and dates in the pack's culture.</summary>
internal sealed class PackFormat
{
    private readonly CultureInfo _culture;
    private readonly string _percentSign;

    public PackFormat(CultureInfo culture)
    {
        // fr-FR groups digits with U+202F (narrow no-break space); an ordinary no-break space reads the same,
        // survives every mail client and is in every font, so use it for all groupings.
        var clone = (CultureInfo)culture.Clone();
        clone.NumberFormat.NumberGroupSeparator = "\u00A0";
        clone.NumberFormat.CurrencyGroupSeparator = "\u00A0";
        clone.NumberFormat.PercentGroupSeparator = "\u00A0";
        _culture = CultureInfo.ReadOnly(clone);

        // One percent style per language in every format of the pack: "67%", and in French "67 %" with U+202F.
        _percentSign = Typography.PercentSign(culture.TwoLetterISOLanguageName == "fr" ? Language.Fr : Language.En);
    }

    public CultureInfo Culture => _culture;

    public string Integer(int value) => value.ToString("N0", _culture);

    public string Money(decimal value) => value.ToString("N0", _culture);

    /// <summary>An amount followed by its ISO currency code, as the domain writes it ("2 810 000 EUR"); kept on one line.</summary>
    public string Money(decimal value, string? currency) => currency is null ? Money(value) : Money(value) + "\u00A0" + currency;

    /// <summary>Signed money, so a variance reads as "+120 000" or "-5 000".</summary>
    public string SignedMoney(decimal value) => value > 0 ? "+" + Money(value) : Money(value);

    /// <summary>A 0..1 share as "87.5%" / "87,5 %" (U+202F).</summary>
    public string Percent(decimal share) => (share * 100m).ToString("0.0", _culture) + _percentSign;

    /// <summary>A load already in percent, whole: "85%" / "85 %" (U+202F); "–" when there is none (no capacity).</summary>
    public string WholePercent(decimal? percent) => percent is { } p ? p.ToString("0", _culture) + _percentSign : "–";

    /// <summary>A group's days, whole and grouped: "4 100".</summary>
    public string WholeDays(decimal days) => days.ToString("N0", _culture);

    /// <summary>Days as the capacity figures print them: "12.5" / "12,5", "40" without decimals.</summary>
    public string DayCount(decimal days) => days.ToString("0.##", _culture);

    public string SignedPercent(decimal share) => share > 0 ? "+" + Percent(share) : Percent(share);

    public string Decimal2(decimal? value) => value is { } v ? v.ToString("0.00", _culture) : "–";

    public string Days(double value) => value.ToString("0.0", _culture);

    /// <summary>
    /// "2 Nov 2026" / "2 nov. 2026": the month in words, so no reader takes 02/11 for 11 February (the culture's short
    /// date puts the day first, which English readers elsewhere read the other way round).
    /// </summary>
    public string Date(DateOnly date) => date.ToString("d MMM yyyy", _culture);

    public string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(instant.UtcDateTime));

    /// <summary>"2 November 2026, 06:00 UTC" / "2 novembre 2026, 06:00 UTC": when the pack was generated, unambiguous.</summary>
    public string DateTimeUtc(DateTimeOffset instant) => instant.UtcDateTime.ToString("d MMMM yyyy, HH:mm", _culture) + " UTC";

    /// <summary>"Mar 2027" / "mars 2027": a column header of the capacity tables.</summary>
    public string MonthShort(YearMonth month) => month.FirstDay.ToString("MMM yyyy", _culture);

    public static string Week(IsoWeek week) => week.ToString();
}
