namespace Pmo.Domain.Rules;

/// <summary>
/// How an instant reads to a person: on the organisation's wall clock, in the reader's language, with the zone named so
/// a reader elsewhere knows which noon is meant. The e-mails and the pages all write instants through this one formatter,
/// so the deadline in an invitation is the very text the form shows.
/// </summary>
public static class WallClockText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The culture of dates and numbers for <paramref name="language"/>.</summary>
    public static CultureInfo Culture(Language language) => language == Language.Fr ? French : English;

    /// <summary>
    /// "Friday 27 November 2026, 12:00 (Europe/Paris)" / "vendredi 27 novembre 2026, 12:00 (Europe/Paris)";
    /// without the zone when <paramref name="withZone"/> is false (a time next to one that names it).
    /// </summary>
    public static string Format(DateTimeOffset utc, TimeZoneInfo zone, Language language, bool withZone = true)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(utc, zone).ToString("dddd d MMMM yyyy, HH:mm", Culture(language));
        return withZone ? $"{local} ({zone.Id})" : local;
    }
}
