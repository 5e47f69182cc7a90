using System.Collections;
using System.Text;

namespace Pmo.Local.Composition;

/// <summary>
/// Renders a log message with its dates in ISO 8601 (<see cref="IsoDates"/>). Logging formats a message's values with
/// the invariant culture, whose dates read 12/04/2026 13:19:31: month first, ambiguous to most readers. A message
/// with a date, time or date-and-time value and no format of its own in the template is rendered again from its
/// template ("{OriginalFormat}"), the way Microsoft.Extensions.Logging does it otherwise (invariant culture, "(null)",
/// sequences joined with ", ", alignment and format kept); every other message is left exactly as logging made it.
/// </summary>
public static class IsoLogMessage
{
    private const string OriginalFormat = "{OriginalFormat}";

    public static string Render<TState>(TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            try
            {
                if (values.Any(v => HasDate(v.Value))
                    && values.FirstOrDefault(v => v.Key == OriginalFormat).Value is string template
                    && Parse(template) is { } holes)
                {
                    return Format(template, holes, values);
                }
            }
            catch (Exception ex) when (ex is IndexOutOfRangeException or FormatException)
            {
                // A call with fewer values than its template has holes: logging's own rendering says what it can.
            }
        }

        return formatter(state, exception);
    }

    private static bool HasDate(object? value) =>
        IsoDates.TryFormat(value) is not null || (value is IEnumerable sequence and not string && sequence.Cast<object?>().Any(item => IsoDates.TryFormat(item) is not null));

    private sealed record Hole(int Start, int End, string Name, string Spec);

    private static string Format(string template, List<Hole> holes, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var arguments = values.Where(v => v.Key != OriginalFormat).ToList();

        // By name, as the [LoggerMessage] generator binds them (its values follow the method's parameters, not the
        // template); by position when a name repeats, as LoggerExtensions binds them.
        var byName = holes.Select(h => h.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == holes.Count;
        var text = new StringBuilder();
        var at = 0;
        for (var i = 0; i < holes.Count; i++)
        {
            var hole = holes[i];
            text.Append(Unescape(template[at..hole.Start]));
            var found = byName
                ? arguments.FindIndex(a => string.Equals(a.Key, hole.Name, StringComparison.OrdinalIgnoreCase))
                : i < arguments.Count ? i : -1;
            if (found < 0)
            {
                // Not a value of this message: keep the hole as written, as logging does.
                text.Append(template, hole.Start, hole.End - hole.Start + 1);
            }
            else
            {
                text.Append(string.Format(CultureInfo.InvariantCulture, "{0" + hole.Spec + "}", Value(arguments[found].Value, hole.Spec)));
            }

            at = hole.End + 1;
        }

        return text.Append(Unescape(template[at..])).ToString();
    }

    /// <summary>A value as logging would pass it to string.Format, with dates as ISO 8601 text unless the hole gives a format.</summary>
    private static object Value(object? value, string spec) => value switch
    {
        null => "(null)",
        string s => s,
        _ when !spec.Contains(':', StringComparison.Ordinal) && IsoDates.TryFormat(value) is { } iso => iso,
        IEnumerable sequence => string.Join(", ", sequence.Cast<object?>().Select(item => item switch
        {
            null => "(null)",
            _ => IsoDates.TryFormat(item) ?? Convert.ToString(item, CultureInfo.InvariantCulture),
        })),
        _ => value,
    };

    /// <summary>The holes of a message template ({Name}, {Name,alignment}, {Name:format}; {{ and }} are braces), or null if malformed.</summary>
    private static List<Hole>? Parse(string template)
    {
        var holes = new List<Hole>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    return null;
                }

                var inside = template[(i + 1)..end];
                var nameEnd = inside.IndexOfAny([',', ':']);
                holes.Add(nameEnd < 0 ? new Hole(i, end, inside, "") : new Hole(i, end, inside[..nameEnd], inside[nameEnd..]));
                i = end;
            }
            else if (template[i] == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                i++;
            }
        }

        return holes;
    }

    private static string Unescape(string literal) => literal.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
}
