using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Primitives;

namespace Pmo.Api.Tests.Routes;

/// <summary>
/// The schemas of the generated document for the value types that write themselves as strings: what an integrator's
/// client generator reads must be what the converters write and accept.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiSchemasTests(ApiServer server)
{
    private const string YearMonthPattern =
        "^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-(0[1-9]|1[0-2])$";

    private const string IsoWeekPattern =
        "^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-[Ww](0[1-9]|[1-4][0-9]|5[0-3])$";

    [Fact]
    public async Task A_month_is_described_as_a_string_with_the_pattern_and_an_example_the_converter_reads()
    {
        var schema = (await SchemasAsync())["YearMonth"]!;

        Assert.Equal("string", schema["type"]!.GetValue<string>());
        Assert.Equal(YearMonthPattern, schema["pattern"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(schema["description"]?.GetValue<string>()));
        var example = Assert.Single(schema["examples"]!.AsArray())!.GetValue<string>();
        Assert.Equal("2026-11", example);
        Assert.True(YearMonth.TryParse(example, out _));
    }

    [Fact]
    public async Task An_iso_week_is_described_as_a_string_with_the_pattern_and_an_example_the_converter_reads()
    {
        var schema = (await SchemasAsync())["IsoWeek"]!;

        Assert.Equal("string", schema["type"]!.GetValue<string>());
        Assert.Equal(IsoWeekPattern, schema["pattern"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(schema["description"]?.GetValue<string>()));
        var example = Assert.Single(schema["examples"]!.AsArray())!.GetValue<string>();
        Assert.Equal("2026-W48", example);
        Assert.True(IsoWeek.TryParse(example, out _));
    }

    [Fact]
    public async Task The_month_pattern_matches_what_the_converter_writes_and_exactly_what_it_reads()
    {
        var pattern = await PatternAsync("YearMonth");

        var written = Years().SelectMany(y => Enumerable.Range(1, 12).Select(m => Serialize(new YearMonth(y, m)))).ToList();
        Assert.All(written, text => Assert.Matches(pattern, text));

        var candidates = Enumerable.Range(0, 10_000).Select(y => $"{y:D4}-11")
            .Concat(Enumerable.Range(0, 100).Select(m => $"2026-{m:D2}"))
            .Concat(["2026-1", "26-11", "2026/11", "2026-11 ", " 2026-11", "+026-11", "2026-+1", "2026-111", "", "2026-W48", "٢٠٢٦-11", "２０２６-11"]);
        Assert.All(candidates, text => Assert.Equal(YearMonth.TryParse(text, out _), pattern.IsMatch(text)));

        Assert.DoesNotMatch(pattern, "2026-13");
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<YearMonth>("\"2026-13\""));
    }

    [Fact]
    public async Task The_week_pattern_matches_what_the_converter_writes_and_what_it_reads_but_for_week_53_of_a_short_year()
    {
        var pattern = await PatternAsync("IsoWeek");

        var mondays = Enumerable.Range(0, 52 * 30).Select(w => new DateOnly(2010, 1, 4).AddDays(7 * w));
        var written = mondays.Select(d => Serialize(IsoWeek.Containing(d)))
            .Concat(Years().Select(y => Serialize(new IsoWeek(y, 1))))
            .ToList();
        Assert.All(written, text => Assert.Matches(pattern, text));

        var candidates = Enumerable.Range(0, 10_000).Select(y => $"{y:D4}-W01")
            .Concat(Enumerable.Range(0, 100).Select(w => $"2026-W{w:D2}"))
            .Concat(["2026-w48", "2026-W4", "2026W48", "2026-X48", "2026-W48 ", "2026-11", "", "٢٠٢٦-W48", "2026-W٤٨"]);
        Assert.All(candidates, text => Assert.Equal(IsoWeek.TryParse(text, out _), pattern.IsMatch(text)));

        // The one thing a pattern cannot know: 2027 has 52 weeks, 2026 has 53.
        Assert.Matches(pattern, "2027-W53");
        Assert.False(IsoWeek.TryParse("2027-W53", out _));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IsoWeek>("\"2026-W54\""));
        Assert.DoesNotMatch(pattern, "2026-W54");
    }

    [Fact]
    public async Task A_nullable_week_stays_nullable_and_a_required_one_is_a_plain_reference()
    {
        var schemas = await SchemasAsync();

        var latest = schemas["Project"]!["properties"]!["latestUpdateWeek"]!["oneOf"]!.AsArray();
        Assert.Contains(latest, s => s!["type"]?.GetValue<string>() == "null");
        Assert.Contains(latest, s => s!["$ref"]?.GetValue<string>() == "#/components/schemas/IsoWeek");
        Assert.Equal("#/components/schemas/IsoWeek", schemas["StatusUpdate"]!["properties"]!["week"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/YearMonth", schemas["ReviewPack"]!["properties"]!["month"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_domain_type_with_its_own_json_converter_is_a_typed_schema_in_the_document()
    {
        var schemas = await SchemasAsync();
        var converted = typeof(YearMonth).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<JsonConverterAttribute>() is not null)
            .Where(t => schemas.ContainsKey(t.Name))
            .ToList();

        Assert.Contains(typeof(YearMonth), converted);
        Assert.Contains(typeof(IsoWeek), converted);
        var untyped = converted.Where(t => schemas[t.Name]!["type"] is null && schemas[t.Name]!["enum"] is null).Select(t => t.Name).ToList();
        Assert.True(untyped.Count == 0, "Untyped schemas of converted types: " + string.Join(", ", untyped));
    }

    [Fact]
    public async Task No_property_anywhere_in_the_document_is_an_empty_schema()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var empty = new List<string>();
        Walk(document, "#", childrenAreSchemas: false);
        Assert.True(empty.Count == 0, "Empty schemas: " + string.Join(", ", empty));

        // Children are schemas in a map of properties, in oneOf/anyOf/allOf, and under schema, items, additionalProperties.
        void Walk(JsonNode? node, string path, bool childrenAreSchemas)
        {
            var children = node switch
            {
                JsonArray array => array.Select((value, i) => (Key: i.ToString(CultureInfo.InvariantCulture), Value: value)),
                JsonObject obj => obj.Select(p => (p.Key, p.Value)),
                _ => [],
            };
            foreach (var (key, value) in children.ToList())
            {
                var isSchema = childrenAreSchemas || (node is JsonObject && key is "schema" or "items" or "additionalProperties" or "not");
                if (isSchema && value is JsonObject schema && Resolve(schema).Count == 0)
                {
                    empty.Add($"{path}/{key}");
                }

                var keyword = node is JsonObject && !childrenAreSchemas;
                Walk(value, $"{path}/{key}", keyword && key is "properties" or "oneOf" or "anyOf" or "allOf");
            }
        }

        JsonObject Resolve(JsonObject schema) =>
            schema["$ref"]?.GetValue<string>() is { } reference ? schemas[reference.Split('/')[^1]]!.AsObject() : schema;
    }

    private static IEnumerable<int> Years() => [1, 9, 10, 99, 100, 999, 1000, 2026, 8999, 9000, 9899, 9900, 9989, 9990, 9998];

    private static string Serialize<T>(T value) => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value))!;

    private async Task<Regex> PatternAsync(string schema) =>
        // JSON Schema patterns are ECMA-262 regular expressions.
        new((await SchemasAsync())[schema]!["pattern"]!.GetValue<string>(), RegexOptions.ECMAScript);

    private async Task<JsonObject> SchemasAsync() => (await DocumentAsync())["components"]!["schemas"]!.AsObject();

    private async Task<JsonObject> DocumentAsync()
    {
        using var response = await server.Client(apiKey: null).GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
