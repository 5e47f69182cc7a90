using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace Pmo.Hosting.Durable.Testing;

/// <summary>
/// Every input, output and event payload goes through the SDK's default JSON converter, as it does in the real
/// engine, so a type that would not survive the wire fails under the harness too.
/// </summary>
internal static class HarnessJson
{
    private static readonly DataConverter Converter = JsonDataConverter.Default;

    public static string? Serialize(object? value) => Converter.Serialize(value);

    public static object? Deserialize(string? json, Type type) => Converter.Deserialize(json, type);

    public static T? Deserialize<T>(string? json) => Converter.Deserialize<T>(json);
}
