using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pmo.Infra.Tests.Support;

/// <summary>Walks a compiled ARM template: resources of the root and of every nested module deployment.</summary>
internal static class Template
{
    public static IEnumerable<JsonElement> Resources(JsonElement template)
    {
        foreach (var resource in Items(template.GetProperty("resources")))
        {
            yield return resource;
            if (resource.GetProperty("type").GetString() == "Microsoft.Resources/deployments")
            {
                foreach (var inner in Resources(resource.GetProperty("properties").GetProperty("template")))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<JsonElement> OfType(JsonElement template, string type) =>
        Resources(template).Where(r => string.Equals(r.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The nested template of the module deployment named <paramref name="module"/>.</summary>
    public static JsonElement Module(JsonElement template, string module) =>
        Items(template.GetProperty("resources"))
            .Single(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments"
                && r.GetProperty("name").GetString() == module)
            .GetProperty("properties").GetProperty("template");

    /// <summary>The role GUIDs a module's role assignments grant (literal or through the module's variables).</summary>
    public static IReadOnlyList<string> GrantedRoles(JsonElement module)
    {
        var assignments = OfType(module, "Microsoft.Authorization/roleAssignments").ToList();
        if (assignments.Count == 0)
        {
            return [];
        }

        var text = string.Join("\n", assignments.Select(a => a.GetRawText()))
            + (module.TryGetProperty("variables", out var variables) ? variables.GetRawText() : "");
        return Regex.Matches(text, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
            .Select(m => m.Value).Distinct().ToList();
    }

    private static IEnumerable<JsonElement> Items(JsonElement resources) =>
        resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value)
            : resources.EnumerateArray();
}
