using System.Text.Json.Serialization.Metadata;

namespace Pmo.Storage.Cosmos.Serialization;

/// <summary>
/// The JSON form of stored documents: the domain model's own (camelCase web defaults, and the converters the
/// domain types declare: enums as strings, ISO weeks, months), with two storage rules on top.
/// </summary>
public static class CosmosJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StoredPropertiesOnly.Apply } },
        };

        // Cosmos DB keeps JSON numbers as IEEE 754 doubles; money must come back to the cent whatever its size.
        options.Converters.Add(new ExactDecimalConverter());
        options.MakeReadOnly();
        return options;
    }
}
