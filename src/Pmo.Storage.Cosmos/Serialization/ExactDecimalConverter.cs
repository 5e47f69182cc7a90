using System.Text.Json.Serialization;

namespace Pmo.Storage.Cosmos.Serialization;

/// <summary>
/// Writes decimals as JSON strings ("1234567.89"), so that they survive Cosmos DB, whose numbers are doubles
/// (15–17 significant digits, and 0.10 comes back as 0.1). Reads both strings and numbers.
/// </summary>
internal sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetDecimal(),
            JsonTokenType.String when decimal.TryParse(reader.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) => value,
            _ => throw new JsonException("Expected a decimal number or a string holding one."),
        };

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
