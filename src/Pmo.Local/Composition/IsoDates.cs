namespace Pmo.Local.Composition;

/// <summary>
/// ISO 8601 for what the local host writes in its logs, whatever the culture: 2026-12-04T13:19:31Z,
/// 2026-12-04T14:19:31.25+01:00, 2026-12-04 (a date), 13:19:31 (a time of day). Fractions of a second only when there
/// are some, to the millisecond.
/// </summary>
public static class IsoDates
{
    private const string DateTimePattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFF";

    /// <summary>A log line's timestamp: UTC to the millisecond, fixed width so lines align (2026-12-04T13:19:31.042Z).</summary>
    public static string Timestamp(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset value) =>
        value.ToString(DateTimePattern, CultureInfo.InvariantCulture)
        + (value.Offset == TimeSpan.Zero ? "Z" : value.ToString("zzz", CultureInfo.InvariantCulture));

    /// <summary>UTC ends in Z, local time with its offset, an unspecified kind with neither (it has none).</summary>
    public static string Format(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value.ToString(DateTimePattern, CultureInfo.InvariantCulture) + "Z",
        DateTimeKind.Local => Format(new DateTimeOffset(value)),
        _ => value.ToString(DateTimePattern, CultureInfo.InvariantCulture),
    };

    /// <summary>The ISO 8601 text of a date or time value, or null when <paramref name="value"/> is neither.</summary>
    public static string? TryFormat(object? value) => value switch
    {
        DateTimeOffset v => Format(v),
        DateTime v => Format(v),
        DateOnly v => v.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
        TimeOnly v => v.ToString("HH':'mm':'ss.FFF", CultureInfo.InvariantCulture),
        _ => null,
    };
}
