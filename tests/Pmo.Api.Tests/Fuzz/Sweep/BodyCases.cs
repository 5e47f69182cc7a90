using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pmo.Api.Tests.Fuzz.Sweep;

/// <summary>
/// The body malformations of one operation. With a JSON body in the document: truncated, corrupted and non-object
/// JSON, 10,000 levels of nesting, bodies above the limit (declared and chunked), invalid UTF-8, wrong content types,
/// and, for every property the schema declares (nested ones too), null, a value of each wrong JSON kind, values out of
/// range or in a bad format, required members missing and unknown ones added. Without one: a JSON body, form bodies
/// that are malformed or too large, and a body on a GET.
/// </summary>
public sealed partial class BodyCases(OpenApiOperation operation, SweepTarget target, SchemaShapes shapes, Random random)
{
    private const string Raw = "\u0002raw:";
    private const int DeepLevels = 10_000;

    private static readonly string[] WrongContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data", "application/jsonx",
        "application/json-patch+json", "*/*", "application", "][;=", "application/json; charset=utf-16", "application/problem+json",
    ];

    public IEnumerable<SweepRequest> Generate(SweepRequest valid)
    {
        if (operation.JsonBody is { } json)
        {
            var body = JsonNode.Parse(valid.Body!)!;
            return JsonDocumentCases(valid, json.MediaType, body)
                .Concat(ContentTypeCases(valid))
                .Concat(PropertyCases(valid, json.MediaType, body, json.Schema));
        }

        return SweepCases.IsWrite(operation.Method) ? FormCases(valid) : [valid with { Category = "body on a " + operation.Method, Body = "{}"u8.ToArray(), ContentType = "application/json" }];
    }

    private IEnumerable<SweepRequest> JsonDocumentCases(SweepRequest valid, string mediaType, JsonNode body)
    {
        var text = body.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(text);
        SweepRequest With(string label, byte[] content, bool chunked = false) =>
            valid with { Category = "body: " + label, Body = content, ContentType = mediaType, Chunked = chunked };

        yield return With("empty", []);
        yield return valid with { Category = "body: none at all", Body = null, ContentType = null };
        yield return With("whitespace", "  \r\n\t "u8.ToArray());
        foreach (var scalar in new[] { "null", "true", "42", "\"text\"", "[]", "[{}]", "{}", "-0", "1e400" })
        {
            yield return With("top level " + scalar, Encoding.UTF8.GetBytes(scalar));
        }

        for (var i = 0; i < 6; i++)
        {
            yield return With("truncated", bytes[..random.Next(1, bytes.Length - 1)]);
        }

        for (var i = 0; i < 4; i++)
        {
            var corrupted = (byte[])bytes.Clone();
            corrupted[random.Next(corrupted.Length)] = (byte)"{}[]\",:\\x\0"[random.Next(10)];
            yield return With("corrupted byte", corrupted);
        }

        yield return With("trailing comma", Encoding.UTF8.GetBytes(text[..^1] + ",}"));
        yield return With("comment", Encoding.UTF8.GetBytes("/* c */" + text));
        yield return With("single quotes", Encoding.UTF8.GetBytes(text.Replace('"', '\'')));
        yield return With("two documents", Encoding.UTF8.GetBytes(text + text));
        yield return With("NaN literal", Encoding.UTF8.GetBytes(text[..^1] + ",\"sweep\":NaN}"));
        yield return With("duplicate member", Encoding.UTF8.GetBytes("{" + FirstMember(text) + "," + text[1..]));
        yield return With("byte order mark", [0xEF, 0xBB, 0xBF, .. bytes]);
        yield return With("invalid UTF-8 first", [0xC3, 0x28, .. bytes]);
        yield return With("invalid UTF-8 in a string", InString(text, [0xFF, 0xFE]));
        yield return With("overlong UTF-8 in a string", InString(text, [0xC0, 0xAF]));
        yield return With("encoded surrogate in a string", InString(text, [0xED, 0xA0, 0x80]));
        yield return With("lone surrogate escape in a string", Encoding.UTF8.GetBytes(ReplaceFirstString(text, "\\ud800")));
        yield return With("NUL escape in a string", Encoding.UTF8.GetBytes(ReplaceFirstString(text, "a\\u0000b")));
        yield return With("UTF-16", Encoding.Unicode.GetBytes(text));
        yield return With($"{DeepLevels:N0} nested arrays", Encoding.ASCII.GetBytes(new string('[', DeepLevels) + new string(']', DeepLevels)));
        yield return With($"{DeepLevels:N0} nested objects", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", DeepLevels)) + "1" + new string('}', DeepLevels)));
        yield return With($"{DeepLevels:N0} levels in a member", Encoding.ASCII.GetBytes(text[..^1] + ",\"deep\":" + new string('[', DeepLevels) + new string(']', DeepLevels) + "}"));
        yield return With("unclosed nesting", Encoding.ASCII.GetBytes(new string('[', 5000)));
        yield return With("2,000 members", Encoding.UTF8.GetBytes(text[..^1] + string.Concat(Enumerable.Range(0, 2000).Select(i => $",\"m{i}\":{i}")) + "}"));

        // Above the API's limit, a little and far (the server's own limit is twice the API's); declared and chunked.
        // Sent with every right and the current ETag, so the body is read: the answer must be the 413 problem.
        var justAbove = Padded(body, target.MaxBodyBytes + 1024);
        var farAbove = Padded(body, target.MaxBodyBytes * 3);
        yield return With("just above the limit", justAbove) with { Expected = 413 };
        yield return With("just above the limit, chunked", justAbove, chunked: true) with { Expected = 413 };
        yield return With("3× the limit", farAbove) with { Expected = 413 };
        yield return With("3× the limit, chunked", farAbove, chunked: true) with { Expected = 413 };
        yield return With("3× the limit, without Expect: 100-continue", farAbove) with { Expected = 413, SentAtOnce = true };
        yield return With("3× the limit, chunked, without Expect: 100-continue", farAbove, chunked: true) with { Expected = 413, SentAtOnce = true };
    }

    private static IEnumerable<SweepRequest> ContentTypeCases(SweepRequest valid)
    {
        foreach (var type in WrongContentTypes.Where(t => !t.Equals(valid.ContentType, StringComparison.OrdinalIgnoreCase)))
        {
            yield return valid with { Category = "content type " + type, ContentType = type };
        }

        yield return valid with { Category = "content type: none", ContentType = null };
    }

    /// <summary>Each property the schema declares, at every depth (first item of arrays), given wrong values one at a time.</summary>
    private List<SweepRequest> PropertyCases(SweepRequest valid, string mediaType, JsonNode body, JsonObject schema)
    {
        var cases = new List<SweepRequest>();
        SweepRequest With(string label, JsonNode document) =>
            valid with { Category = "property " + label, Body = Serialise(document), ContentType = mediaType };

        void Visit(string path, Func<JsonNode, JsonObject?> locate, JsonNode? objectSchema, int depth)
        {
            var (kind, resolved) = shapes.Shape(objectSchema);
            if (kind != SchemaKind.Object || depth > 6)
            {
                return;
            }

            foreach (var (name, propertySchema) in SchemaShapes.Properties(resolved))
            {
                var label = path.Length == 0 ? name : $"{path}.{name}";
                foreach (var (what, value) in WrongValues(propertySchema))
                {
                    var copy = body.DeepClone();
                    if (locate(copy) is { } owner)
                    {
                        owner[name] = value;
                        cases.Add(With($"{label}: {what}", copy));
                    }
                }

                var (childKind, childSchema) = shapes.Shape(propertySchema);
                if (childKind == SchemaKind.Object)
                {
                    Visit(label, n => locate(n)?[name] as JsonObject, propertySchema, depth + 1);
                }
                else if (childKind == SchemaKind.Array)
                {
                    Visit(label + "[0]", n => (locate(n)?[name] as JsonArray) is { Count: > 0 } items ? items[0] as JsonObject : null, childSchema["items"], depth + 1);
                }
            }

            foreach (var required in SchemaShapes.Required(resolved))
            {
                var copy = body.DeepClone();
                if (locate(copy) is { } owner && owner.Remove(required))
                {
                    cases.Add(With($"{(path.Length == 0 ? required : $"{path}.{required}")}: missing", copy));
                }
            }

            var extra = body.DeepClone();
            if (locate(extra) is { } target)
            {
                target["unknownMember"] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };
                target["__proto__"] = new JsonObject { ["admin"] = true };
                cases.Add(With($"{(path.Length == 0 ? "(root)" : path)}: unknown members", extra));
            }
        }

        Visit("", n => n as JsonObject, schema, 0);
        return cases;
    }

    /// <summary>Values a property of this schema must refuse (or may accept, but never with a 5xx).</summary>
    private List<(string What, JsonNode? Value)> WrongValues(JsonNode? schema)
    {
        var (kind, resolved) = shapes.Shape(schema);
        var format = resolved["format"]?.GetValue<string>();
        var values = new List<(string, JsonNode?)> { ("null", null) };
        switch (kind)
        {
            case SchemaKind.String:
                values.AddRange([("number", 42), ("object", new JsonObject()), ("20,000 chars", new string('s', 20_000)), ("control characters and RTL", "a\u0000b\u202Ec\u0007")]);
                if (format is "date" or "date-time" || resolved["pattern"] is not null)
                {
                    values.AddRange([("impossible date", "2026-02-30"), ("not a date", "yesterday"), ("year 0", "0000-01-01T00:00:00Z"), ("year 10000", "10000-01-01")]);
                }

                break;
            case SchemaKind.Integer:
                values.AddRange([("string", "1"), ("decimal", 1.5), ("above int32", 2_147_483_648L), ("below int32", -2_147_483_649L), ("negative", -1), ("1e400", Raw + "1e400"), ("boolean", true)]);
                break;
            case SchemaKind.Number:
                values.AddRange([("string", "1.5"), ("1e400", Raw + "1e400"), ("-1e400", Raw + "-1e400"), ("1e308", 1e308), ("negative", -1), ("NaN string", "NaN"), ("array", new JsonArray())]);
                break;
            case SchemaKind.Boolean:
                values.AddRange([("string", "true"), ("number", 1)]);
                break;
            case SchemaKind.Enum:
                values.AddRange([("integer", 1), ("unknown name", "NotAValue"), ("empty", ""), ("lower case", resolved["enum"]!.AsArray().FirstOrDefault(v => v is not null)?.ToString().ToLowerInvariant() ?? "x"), ("array", new JsonArray("Green"))]);
                break;
            case SchemaKind.Object:
                values.AddRange([("string", "text"), ("array", new JsonArray()), ("number", 42)]);
                break;
            case SchemaKind.Array:
                values.AddRange([("object", new JsonObject()), ("string", "text"), ("null item", new JsonArray((JsonNode?)null)), ("number item", new JsonArray(42)), ("5,000 items", new JsonArray([.. Enumerable.Range(0, 5000).Select(i => (JsonNode?)i)]))]);
                break;
            default:
                values.AddRange([("number", 42), ("object", new JsonObject()), ("array", new JsonArray()), ("bad week", "2026-W99"), ("week of year 9999", "9999-W01"), ("bad month", "2026-13"), ("month of year 9999", "9999-12"), ("empty", "")]);
                break;
        }

        return values;
    }

    private IEnumerable<SweepRequest> FormCases(SweepRequest valid)
    {
        const string Form = "application/x-www-form-urlencoded";
        SweepRequest With(string label, byte[] content, string? type = Form, bool chunked = false) =>
            valid with { Category = "form: " + label, Body = content, ContentType = type, Chunked = chunked };

        yield return With("empty", []);
        yield return With("JSON instead", "{\"overall\":\"Green\"}"u8.ToArray(), "application/json");
        yield return With("text/plain", "overall=Green"u8.ToArray(), "text/plain");
        yield return With("wrong values", Encoding.ASCII.GetBytes(
            "overall=Purple&dimensions.schedule=7&progressPercent=1e400&milestone.0=2026-02-30&budgetActualToDate=abc&needsDecision=maybe&outcome=7&comment=&version=%00&apiKey="));
        yield return With("bad percent-encoding", "overall=%ZZ&progressPercent=%&outcome=%C3%28"u8.ToArray());
        yield return With("invalid UTF-8", [.. "overall="u8, 0xFF, 0xFE, .. "&comment="u8, 0xC3, 0x28]);
        yield return With("2,000 fields", Encoding.ASCII.GetBytes(string.Join("&", Enumerable.Range(0, 2000).Select(i => $"f{i}=1"))));
        yield return With("3,000-char name", Encoding.ASCII.GetBytes(new string('k', 3000) + "=1"));
        yield return With("multipart without boundary", "--x\r\n"u8.ToArray(), "multipart/form-data");
        yield return With("multipart, truncated", "--x\r\nContent-Disposition: form-data; name=\"overall\"\r\n\r\nGre"u8.ToArray(), "multipart/form-data; boundary=x");
        yield return With("multipart, garbage", "not multipart at all"u8.ToArray(), "multipart/form-data; boundary=x");
        yield return With("multipart, 300-char boundary", "--"u8.ToArray(), "multipart/form-data; boundary=" + new string('b', 300));
        var huge = Encoding.ASCII.GetBytes("comment=" + new string('c', target.MaxBodyBytes * 3));
        yield return With("3× the limit", huge);
        yield return With("3× the limit, chunked", huge, chunked: true);
        yield return With("3× the limit, without Expect: 100-continue", huge) with { SentAtOnce = true };
        yield return With("just above the limit", huge[..(target.MaxBodyBytes + 1024)]);
    }

    /// <summary>The body with a padding member that brings it to <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(JsonNode body, int size)
    {
        var text = body.ToJsonString();
        return Encoding.UTF8.GetBytes(text[..^1] + ",\"padding\":\"" + new string('p', Math.Max(0, size - text.Length - 14)) + "\"}");
    }

    private static string FirstMember(string objectText)
    {
        var node = JsonNode.Parse(objectText) as JsonObject;
        var first = node?.FirstOrDefault();
        return first is null ? "\"a\":1" : $"\"{first.Value.Key}\":{first.Value.Value?.ToJsonString() ?? "null"}";
    }

    /// <summary>The JSON text with <paramref name="raw"/> bytes inside its first string value.</summary>
    private static byte[] InString(string text, byte[] raw)
    {
        var at = FirstStringValue().Match(text);
        if (!at.Success)
        {
            return [.. Encoding.UTF8.GetBytes(text[..^1] + ",\"s\":\""), .. raw, .. "\"}"u8];
        }

        var split = at.Index + at.Length;
        return [.. Encoding.UTF8.GetBytes(text[..split]), .. raw, .. Encoding.UTF8.GetBytes(text[split..])];
    }

    /// <summary>The JSON text with its first string value replaced by <paramref name="escaped"/> (JSON escapes kept as written).</summary>
    private static string ReplaceFirstString(string text, string escaped)
    {
        var at = FirstStringValue().Match(text);
        if (!at.Success)
        {
            return text[..^1] + ",\"s\":\"" + escaped + "\"}";
        }

        var start = at.Index + at.Length;
        var end = start;
        while (end < text.Length && !(text[end] == '"' && text[end - 1] != '\\'))
        {
            end++;
        }

        return text[..start] + escaped + text[end..];
    }

    /// <summary>Serialises a mutated body; raw number tokens (1e400) replace their placeholder strings.</summary>
    private static byte[] Serialise(JsonNode document) =>
        Encoding.UTF8.GetBytes(RawToken().Replace(document.ToJsonString(), m => m.Groups[1].Value));

    [GeneratedRegex(":\"", RegexOptions.None, 1000)]
    private static partial Regex FirstStringValue();

    [GeneratedRegex("\"\\\\u0002raw:([^\"]*)\"", RegexOptions.None, 1000)]
    private static partial Regex RawToken();
}
