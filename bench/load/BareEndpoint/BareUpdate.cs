using System.Text.Json;

namespace BareEndpoint;

/// <summary>The fields bench/load/submit.lua sends.</summary>
internal sealed record BareUpdate(string ProjectId, string Week, string Overall, int ProgressPercent, string Accomplishments, string NextSteps);

internal static class BareJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
