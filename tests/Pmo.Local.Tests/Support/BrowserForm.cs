using AngleSharp.Dom;

namespace Pmo.Local.Tests.Support;

/// <summary>What a browser posts for a form: its named inputs (checked ones only for radios and checkboxes), selects and text areas.</summary>
public static class BrowserForm
{
    public static IEnumerable<KeyValuePair<string, string>> Fields(IElement form, params (string Name, string Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(form);
        var changed = changes.ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal);
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = field.GetAttribute("name")!;
            var type = field.GetAttribute("type") ?? "text";
            if (changed.ContainsKey(name))
            {
                continue;
            }

            if (type is "radio" or "checkbox" && !field.HasAttribute("checked"))
            {
                continue;
            }

            var value = field.LocalName switch
            {
                "textarea" => field.TextContent,
                "select" => (field.QuerySelector("option[selected]") ?? field.QuerySelector("option"))?.GetAttribute("value") ?? "",
                _ => field.GetAttribute("value") ?? (type == "checkbox" ? "on" : ""),
            };
            yield return new(name, value);
        }

        foreach (var (name, value) in changed)
        {
            yield return new(name, value);
        }
    }
}
