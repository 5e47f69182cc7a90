using System.Text.Json.Nodes;

namespace Pmo.Api.Http;

/// <summary>RFC 7396 JSON merge patch: objects merge member by member, null removes, anything else replaces.</summary>
public static class MergePatch
{
    public static JsonNode Apply<T>(T current, JsonObject patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var target = JsonSerializer.SerializeToNode(current, ApiJson.Options) ?? new JsonObject();
        return Merge(target, patch)!;
    }

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = Merge(result[name]?.DeepClone(), value);
            }
        }

        return result;
    }
}
