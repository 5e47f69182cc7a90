using System.Text.Json;

namespace Pmo.Storage.Contract;

/// <summary>
/// Deep equality of two documents through their JSON form: records holding lists or dictionaries are not
/// equal by reference after a round trip, and numbers are compared by value (a store may write 0.10 as 0.1).
/// </summary>
public static class DocumentAssert
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Equivalent<T>(T expected, T actual)
    {
        var left = JsonSerializer.SerializeToElement(expected, Json);
        var right = JsonSerializer.SerializeToElement(actual, Json);
        var difference = FindDifference(left, right, "$");
        Assert.True(difference is null,
            $"Documents differ at {difference}.\nExpected: {left.GetRawText()}\nActual:   {right.GetRawText()}");
    }

    private static string? FindDifference(JsonElement left, JsonElement right, string path)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return path;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var rightProperties = right.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                if (rightProperties.Count != left.EnumerateObject().Count())
                {
                    return path;
                }

                foreach (var property in left.EnumerateObject())
                {
                    if (!rightProperties.TryGetValue(property.Name, out var other))
                    {
                        return $"{path}.{property.Name}";
                    }

                    if (FindDifference(property.Value, other, $"{path}.{property.Name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var leftItems = left.EnumerateArray().ToList();
                var rightItems = right.EnumerateArray().ToList();
                if (leftItems.Count != rightItems.Count)
                {
                    return path;
                }

                for (var i = 0; i < leftItems.Count; i++)
                {
                    if (FindDifference(leftItems[i], rightItems[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return left.GetDecimal() == right.GetDecimal() ? null : path;
            case JsonValueKind.String:
                return string.Equals(left.GetString(), right.GetString(), StringComparison.Ordinal) ? null : path;
            default:
                return null;
        }
    }
}
