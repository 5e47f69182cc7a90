using System.Text.Json.Nodes;

namespace Pmo.Api.Tests.Fuzz.Sweep;

/// <summary>One parameter of an operation as the document declares it (path or query).</summary>
public sealed record OpenApiParameter(string Name, string In, JsonObject Schema);

/// <summary>
/// One path × method of the served OpenAPI document, with its parameters and request body schemas by media type (as
/// written, so a <c>$ref</c> still names its component).
/// </summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, IReadOnlyDictionary<string, JsonObject> Bodies)
{
    public IEnumerable<OpenApiParameter> PathParameters => Parameters.Where(p => p.In == "path");

    public IEnumerable<OpenApiParameter> QueryParameters => Parameters.Where(p => p.In == "query");

    /// <summary>The JSON body media type and schema, when the operation takes one.</summary>
    public (string MediaType, JsonObject Schema)? JsonBody
    {
        get
        {
            foreach (var (mediaType, schema) in Bodies)
            {
                if (mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
                {
                    return (mediaType, schema);
                }
            }

            return null;
        }
    }

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The operations of an OpenAPI 3.x document and its schemas ($ref resolved against components).</summary>
public sealed class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];
    private readonly JsonObject _root;

    public OpenApiOperations(JsonObject root)
    {
        _root = root;
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in root["paths"]!.AsObject())
        {
            var shared = item!["parameters"]?.AsArray() ?? [];
            foreach (var method in Methods)
            {
                if (item[method] is not JsonObject operation)
                {
                    continue;
                }

                var parameters = shared.Concat(operation["parameters"]?.AsArray() ?? [])
                    .Select(p => Resolve(p!))
                    .Select(p => new OpenApiParameter(p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"] is JsonNode s ? Resolve(s) : []))
                    .ToList();
                var bodies = (Resolve(operation["requestBody"] ?? new JsonObject())["content"]?.AsObject() ?? [])
                    .ToDictionary(c => c.Key, c => c.Value?["schema"] as JsonObject ?? [], StringComparer.OrdinalIgnoreCase);
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, parameters, bodies));
            }
        }

        Operations = operations;
    }

    public IReadOnlyList<OpenApiOperation> Operations { get; }

    /// <summary>The distinct paths, each with the methods the document gives it.</summary>
    public ILookup<string, string> MethodsByPath => Operations.ToLookup(o => o.Path, o => o.Method, StringComparer.Ordinal);

    /// <summary>Follows "$ref": "#/components/..." (repeatedly) to the object it names.</summary>
    public JsonObject Resolve(JsonNode node)
    {
        var current = node.AsObject();
        for (var hops = 0; current["$ref"] is JsonValue reference && hops < 16; hops++)
        {
            JsonNode? target = _root;
            foreach (var segment in reference.GetValue<string>().TrimStart('#', '/').Split('/'))
            {
                target = target?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            current = target as JsonObject ?? throw new InvalidOperationException($"Unresolvable {reference}.");
        }

        return current;
    }

    /// <summary>The schema's name when it is a reference to a component schema.</summary>
    public static string? SchemaName(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? reference["#/components/schemas/".Length..]
            : null;
}
