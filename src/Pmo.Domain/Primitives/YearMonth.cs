using System.Text.Json;

namespace Pmo.Domain.Primitives;

/// <summary>A calendar month, written "2026-11": the period a monthly portfolio review covers.</summary>
[JsonConverter(typeof(YearMonthJsonConverter))]
public readonly record struct YearMonth : IComparable<YearMonth>, IParsable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9998.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }
    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public YearMonth Next() => Of(FirstDay.AddMonths(1));
    public YearMonth Previous() => Of(FirstDay.AddMonths(-1));

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public int CompareTo(YearMonth other) => Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;
    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;
    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;
    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static YearMonth Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var month) ? month : throw new FormatException($"'{s}' is not a month such as 2026-11.");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out YearMonth result)
    {
        result = default;
        if (s is null || s.Length != 7 || s[4] != '-' ||
            !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            year is < 1 or > 9998 || month is < 1 or > 12)
        {
            // The constructor's range: a Try method answers false rather than throw on "9999-12".
            return false;
        }

        result = new YearMonth(year, month);
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, out YearMonth result) => TryParse(s, null, out result);
}

public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && YearMonth.TryParse(reader.GetString(), out var month)
            ? month
            : throw new JsonException("Expected a month such as \"2026-11\".");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
