using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pmo.Storage.Sqlite.Documents;

/// <summary>The one serializer setting for stored documents.</summary>
internal static class DocumentJson
{
    /// <summary>
    /// Web defaults (camelCase) with the domain's own converters, found through its [JsonConverter] attributes.
    /// Computed properties (Score, IsActive…) are not stored: they are derived on read. Accents stay readable
    /// in the file; markup characters are still escaped.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("A stored document is the JSON literal null.");
}
