using System.Text.Json.Nodes;

namespace Pmo.Api.Tests.Fuzz.Sweep;

/// <summary>The JSON kind a schema asks for, as far as the sweep needs to know it to send the wrong one.</summary>
public enum SchemaKind
{
    Any,
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
    Enum,
}

/// <summary>Reads OpenAPI schemas (3.1 style: type arrays, oneOf with null, enums) and builds a sample instance of one.</summary>
public sealed class SchemaShapes(OpenApiOperations document)
{
    /// <summary>The schema without its "null" alternative, resolved, and the kind it then asks for.</summary>
    public (SchemaKind Kind, JsonObject Schema) Shape(JsonNode? schema)
    {
        if (schema is null)
        {
            return (SchemaKind.Any, []);
        }

        var resolved = document.Resolve(schema);
        if ((resolved["oneOf"] ?? resolved["anyOf"]) is JsonArray alternatives)
        {
            var nonNull = alternatives
                .Select(a => document.Resolve(a!))
                .FirstOrDefault(a => a["type"]?.ToString() != "null");
            return nonNull is null ? (SchemaKind.Any, resolved) : Shape(nonNull);
        }

        if (resolved["enum"] is JsonArray)
        {
            return (SchemaKind.Enum, resolved);
        }

        var type = resolved["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            JsonValue one => one.GetValue<string>(),
            _ => resolved["properties"] is JsonObject ? "object" : null,
        };
        var kind = type switch
        {
            "string" => SchemaKind.String,
            "integer" => SchemaKind.Integer,
            "number" => SchemaKind.Number,
            "boolean" => SchemaKind.Boolean,
            "object" => SchemaKind.Object,
            "array" => SchemaKind.Array,
            _ => SchemaKind.Any,
        };
        return (kind, resolved);
    }

    public static IReadOnlyList<string> Required(JsonObject schema) =>
        schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Properties(JsonObject schema) =>
        schema["properties"]?.AsObject() ?? [];

    /// <summary>An instance of the right shape: every property, enums' first value, plausible strings for formats.</summary>
    public JsonNode? Sample(JsonNode? schema, int depth = 0)
    {
        var (kind, resolved) = Shape(schema);
        switch (kind)
        {
            case SchemaKind.Object when depth < 8:
                var sample = new JsonObject();
                foreach (var (name, property) in Properties(resolved))
                {
                    sample[name] = Sample(property, depth + 1);
                }

                return sample;
            case SchemaKind.Object:
                return new JsonObject();
            case SchemaKind.Array:
                return depth < 8 ? new JsonArray(Sample(resolved["items"], depth + 1)) : new JsonArray();
            case SchemaKind.Enum:
                return resolved["enum"]!.AsArray().FirstOrDefault(v => v is not null)?.DeepClone();
            case SchemaKind.Integer:
                return 1;
            case SchemaKind.Number:
                return 1.5;
            case SchemaKind.Boolean:
                return true;
            case SchemaKind.String:
                return resolved["format"]?.GetValue<string>() switch
                {
                    "date" => "2026-11-25",
                    "date-time" => "2026-11-25T10:00:00+00:00",
                    _ => resolved["pattern"] is null ? "sweep" : "1.00:00:00",
                };
            default:
                return "sweep";
        }
    }
}
