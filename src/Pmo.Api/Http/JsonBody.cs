using System.Text.Json.Nodes;

namespace Pmo.Api.Http;

/// <summary>
/// Reads a JSON body by hand rather than through parameter binding, so every failure becomes a problem naming the
/// field: 415 for another content type, 413 past the size limit, 400 with the JSON path for malformed JSON or a wrong type.
/// </summary>
public static partial class JsonBody
{
    /// <summary>Default ceiling of a JSON body; the hosts' server limit is set to the same value.</summary>
    public const int DefaultMaxBytes = 256 * 1024;

    private static readonly string[] IsRequired = ["is required."];

    public static async Task<T> ReadAsync<T>(HttpRequest request, string mediaType = "application/json", int maxBytes = 0)
    {
        var bytes = await ReadBytesAsync(request, mediaType, maxBytes);
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ApiJson.Options)
                ?? throw ApiProblemException.BadRequest("body", "must be a JSON object, not null.");
        }
        catch (JsonException ex)
        {
            throw FromJsonException(ex);
        }
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, string mediaType, int maxBytes = 0)
    {
        var bytes = await ReadBytesAsync(request, mediaType, maxBytes);
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = ApiJson.Options.MaxDepth, AllowDuplicateProperties = false });
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (JsonObject)Materialise(document.RootElement, "")!
                : throw ApiProblemException.BadRequest("body", "must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw FromJsonException(ex);
        }
    }

    /// <summary>
    /// A tree built value by value. JsonNode.Parse would decode strings only when they are used, after the body was
    /// accepted, so a lone surrogate escape ("\ud800") would fail deep in the handler; here it is a 400 naming its member.
    /// </summary>
    private static JsonNode? Materialise(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject().Select(p =>
        {
            var name = Decode(() => p.Name, path);
            return KeyValuePair.Create(name, Materialise(p.Value, path.Length == 0 ? name : $"{path}.{name}"));
        })),
        JsonValueKind.Array => new JsonArray([.. element.EnumerateArray().Select((item, i) => Materialise(item, $"{path}[{i}]"))]),
        JsonValueKind.String => JsonValue.Create(Decode(element.GetString, path)),
        JsonValueKind.Null => null,
        _ => JsonValue.Create(element.Clone()),
    };

    private static string Decode(Func<string?> read, string path)
    {
        try
        {
            return read() ?? "";
        }
        catch (InvalidOperationException)
        {
            // Thrown by JsonElement only for text it cannot turn into a string: an unpaired UTF-16 surrogate escape.
            throw ApiProblemException.BadRequest(path.Length == 0 ? "body" : path, "has an invalid \\u escape (an unpaired surrogate).");
        }
    }

    /// <summary>Deserialises a node already in memory (a merged patch), with the same field-naming errors.</summary>
    public static T Deserialize<T>(JsonNode node)
    {
        try
        {
            return node.Deserialize<T>(ApiJson.Options) ?? throw ApiProblemException.BadRequest("body", "must be a JSON object, not null.");
        }
        catch (JsonException ex)
        {
            throw FromJsonException(ex);
        }
    }

    /// <summary><paramref name="maxBytes"/> 0 means the configured <see cref="PmoApiOptions.MaxBodyBytes"/>.</summary>
    private static async Task<byte[]> ReadBytesAsync(HttpRequest request, string mediaType, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (maxBytes <= 0)
        {
            maxBytes = request.HttpContext.RequestServices.GetService<IOptions<PmoApiOptions>>()?.Value.MaxBodyBytes ?? DefaultMaxBytes;
        }

        if (!HasMediaType(request.ContentType, mediaType))
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.", $"Send the body as {mediaType}.");
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? throw ApiProblemException.BadRequest("body", "is required.") : buffer.ToArray();
    }

    private static bool HasMediaType(string? contentType, string expected)
    {
        if (contentType is null)
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var type = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return string.Equals(type, expected, StringComparison.OrdinalIgnoreCase);
    }

    private static ApiProblemException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "The body is too large.", $"Bodies are limited to {maxBytes} bytes.");

    /// <summary>"$.budget.approved" → "budget.approved"; missing required members are named from the message.</summary>
    internal static ApiProblemException FromJsonException(JsonException ex)
    {
        var path = ex.Path is null or "$" ? "" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path.TrimStart('$');
        var missing = MissingRequired().Match(ex.Message);
        if (missing.Success)
        {
            var errors = QuotedName().Matches(missing.Groups[1].Value)
                .Select(m => path.Length == 0 ? m.Groups[1].Value : $"{path}.{m.Groups[1].Value}")
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(f => f, _ => IsRequired, StringComparer.Ordinal);
            return new ApiProblemException(StatusCodes.Status400BadRequest, "The request is malformed.", "Required fields are missing.", errors);
        }

        var field = path.Length == 0 ? "body" : path;
        var message = ex.Message.Contains("could not be converted", StringComparison.Ordinal) || ex.Message.Contains("null", StringComparison.OrdinalIgnoreCase)
            ? "has the wrong type or format."
            : "is not valid JSON.";
        return ApiProblemException.BadRequest(field, message);
    }

    [GeneratedRegex("missing required properties including: (.*)", RegexOptions.Singleline, 100)]
    private static partial Regex MissingRequired();

    [GeneratedRegex("'([^']{1,100})'", RegexOptions.None, 100)]
    private static partial Regex QuotedName();
}
