using System.Text.Json;

namespace Pmo.Infra.Tests.Support;

/// <summary>The Functions app settings as declared by infra/app/api.bicep (names, with values as ARM expressions).</summary>
internal static class AppSettings
{
    public static Dictionary<string, string> FromApiModule(JsonElement api) =>
        Template.OfType(api, "Microsoft.Web/sites/config").Single()
            .GetProperty("properties").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());

    public static async Task<Dictionary<string, string>> FromMainAsync() =>
        FromApiModule(Template.Module(await Bicep.MainTemplateAsync(), "api"));
}
