using System.Text.Json;

namespace Pmo.Domain.Primitives;

/// <summary>An ISO 8601 week, written "2026-W48". Weeks start on Monday; week 1 holds the year's first Thursday.</summary>
[JsonConverter(typeof(IsoWeekJsonConverter))]
public readonly record struct IsoWeek : IComparable<IsoWeek>, IParsable<IsoWeek>
{
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9998.");
        }

        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"Year {year} has {ISOWeek.GetWeeksInYear(year)} ISO weeks.");
        }

        Year = year;
        Week = week;
    }

    public int Year { get; }
    public int Week { get; }

    /// <summary>The Monday that starts this week (a calendar date, no time zone).</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Day(DayOfWeek day) => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, day));

    public static IsoWeek Containing(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    public IsoWeek Next() => Containing(Monday.AddDays(7));
    public IsoWeek Previous() => Containing(Monday.AddDays(-7));
    public IsoWeek AddWeeks(int weeks) => Containing(Monday.AddDays(7 * weeks));

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;
    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;
    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;
    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    public static IsoWeek Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var week) ? week : throw new FormatException($"'{s}' is not an ISO week such as 2026-W48.");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out IsoWeek result)
    {
        result = default;
        if (s is null || s.Length != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w'))
        {
            return false;
        }

        if (!int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(s.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week) ||
            year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            // The constructor's range: a Try method answers false rather than throw on "9999-W01".
            return false;
        }

        result = new IsoWeek(year, week);
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, out IsoWeek result) => TryParse(s, null, out result);
}

public sealed class IsoWeekJsonConverter : JsonConverter<IsoWeek>
{
    public override IsoWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoWeek.TryParse(reader.GetString(), out var week)
            ? week
            : throw new JsonException("Expected an ISO week such as \"2026-W48\".");

    public override void Write(Utf8JsonWriter writer, IsoWeek value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
