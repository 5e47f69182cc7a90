namespace Pmo.Api.Http;

/// <summary>Route and query values are bound as strings and parsed here, so a bad one is a 400 naming it.</summary>
public static partial class RouteValues
{
    public static string Id(string? value, string name) =>
        value is not null && IdPattern().IsMatch(value) ? value : throw ApiProblemException.BadRequest(name, "must be 1–100 letters, digits, '.', '_' or '-'.");

    public static IsoWeek Week(string? value, string name) =>
        IsoWeek.TryParse(value, out var week) ? week : throw ApiProblemException.BadRequest(name, "must be an ISO week such as 2026-W48.");

    public static IsoWeek? OptionalWeek(string? value, string name) => string.IsNullOrEmpty(value) ? null : Week(value, name);

    public static YearMonth Month(string? value, string name) =>
        YearMonth.TryParse(value, out var month) ? month : throw ApiProblemException.BadRequest(name, "must be a month such as 2026-11.");

    public static int Int(string? value, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw ApiProblemException.BadRequest(name, $"must be a whole number from {min} to {max}.");
    }

    public static bool? Bool(string? value, string name) => value switch
    {
        null or "" => null,
        "true" => true,
        "false" => false,
        _ => throw ApiProblemException.BadRequest(name, "must be true or false."),
    };

    public static TEnum? Enum<TEnum>(string? value, string name)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return !char.IsDigit(value[0]) && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw ApiProblemException.BadRequest(name, $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    public static string? Text(string? value, string name, int maxLength = 200) =>
        value is null || value.Length <= maxLength ? value : throw ApiProblemException.BadRequest(name, $"must be at most {maxLength} characters.");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.None, 100)]
    private static partial Regex IdPattern();
}
