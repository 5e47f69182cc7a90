namespace Pmo.Local.Commands;

/// <summary>Options every command understands; each maps onto a configuration key so the command line wins over files.</summary>
public static class CommonOptions
{
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "Data folder (SQLite file, outbox, packs, Azurite data, generated secrets). Default: ./.pmo-data",
        Recursive = true,
    };

    /// <summary>The named options of <paramref name="result"/> as configuration keys (only those given).</summary>
    public static Dictionary<string, string?> ToConfiguration(ParseResult result, params (Option Option, string Key)[] mapped)
    {
        ArgumentNullException.ThrowIfNull(result);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (option, key) in mapped.Append((Data, $"{LocalOptions.SectionName}:{nameof(LocalOptions.DataFolder)}")))
        {
            if (result.GetResult(option) is { Implicit: false } given)
            {
                values[key] = given.GetValueOrDefault<object?>()?.ToString();
            }
        }

        return values;
    }
}
