using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Pmo.Api.OpenApi;

/// <summary>
/// The domain's value types that their own JSON converters write as strings ("2026-11", "2026-W48"). The generator sees
/// only a struct with no public settable members and would describe each as an empty schema {}; this says what is on the
/// wire: a string, its pattern and an example. The patterns use [0-9], not \d (which is any Unicode digit in .NET), and
/// accept exactly what the types' TryParse accepts, except that no pattern can tell which years have an ISO week 53.
/// </summary>
internal static class StringValueSchemas
{
    /// <summary>0001 to 9998, the years the value types accept.</summary>
    private const string Year = "(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])";

    private const string YearMonthPattern = "^" + Year + "-(0[1-9]|1[0-2])$";
    private const string IsoWeekPattern = "^" + Year + "-[Ww](0[1-9]|[1-4][0-9]|5[0-3])$";

    private static readonly Dictionary<Type, (string Pattern, string Example, string Description)> Schemas = new()
    {
        [typeof(YearMonth)] = (YearMonthPattern, "2026-11", "A calendar month, written yyyy-MM (years 0001 to 9998)."),
        [typeof(IsoWeek)] = (IsoWeekPattern, "2026-W48",
            "An ISO 8601 week, written yyyy-Www (years 0001 to 9998; weeks start on Monday, week 53 exists only in years that have one). " +
            "Written with a capital W; a lowercase w is accepted."),
    };

    /// <summary>
    /// The component is built from the first use the generator meets, which may be a nullable one (IsoWeek? is): that
    /// schema is the value's too, the generator writes the null as a oneOf around the reference, so both are matched.
    /// </summary>
    public static OpenApiOptions AddStringValueSchemas(this OpenApiOptions options) =>
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (Schemas.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var wire))
            {
                schema.Type = JsonSchemaType.String;
                schema.Pattern = wire.Pattern;
                schema.Examples = [JsonValue.Create(wire.Example)];
                schema.Description = wire.Description;
            }

            return Task.CompletedTask;
        });
}
