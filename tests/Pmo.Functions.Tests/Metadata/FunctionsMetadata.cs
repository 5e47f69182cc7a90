using System.Text.Json;

namespace Pmo.Functions.Tests.Metadata;

/// <summary>The functions.metadata the host's build wrote: what the Functions host will load, function by function.</summary>
public sealed record FunctionEntry(string Name, string EntryPoint, IReadOnlyList<BindingEntry> Bindings)
{
    public BindingEntry Trigger => Bindings.Single(b => b.Direction == "In" && b.Type.EndsWith("Trigger", StringComparison.Ordinal));
}

public sealed record BindingEntry(string Name, string Type, string Direction, string? Route, IReadOnlyList<string> Methods, string? AuthLevel, string? Schedule);

public static class FunctionsMetadata
{
    public static string PathOnDisk => Path.Combine(AppContext.BaseDirectory, "host", "functions.metadata");

    public static IReadOnlyList<FunctionEntry> Load()
    {
        Assert.True(File.Exists(PathOnDisk), $"The host's build wrote no functions.metadata at {PathOnDisk}.");
        using var document = JsonDocument.Parse(File.ReadAllText(PathOnDisk));
        return [.. document.RootElement.EnumerateArray().Select(f => new FunctionEntry(
            f.GetProperty("name").GetString()!,
            f.GetProperty("entryPoint").GetString()!,
            [.. f.GetProperty("bindings").EnumerateArray().Select(b => new BindingEntry(
                b.GetProperty("name").GetString()!,
                b.GetProperty("type").GetString()!,
                b.GetProperty("direction").GetString()!,
                Text(b, "route"),
                b.TryGetProperty("methods", out var methods) ? [.. methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant())] : [],
                Text(b, "authLevel"),
                Text(b, "schedule")))]))];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
