using System.Text.Json.Nodes;

namespace Pmo.Functions.Tests.Infrastructure;

/// <summary>Request bodies as an integrator writes them (camelCase JSON).</summary>
public static class Bodies
{
    public static JsonObject Project(string id, string managerEmail = "pm@example.org") => new()
    {
        ["id"] = id,
        ["name"] = $"Project {id}",
        ["description"] = "Moves the billing platform to the cloud.",
        ["portfolio"] = "Digital",
        ["sponsor"] = new JsonObject { ["name"] = "Sam Sponsor", ["email"] = "sponsor@example.org" },
        ["manager"] = new JsonObject { ["name"] = "Pat Manager", ["email"] = managerEmail, ["language"] = "En" },
        ["phase"] = "Execution",
        ["priority"] = new JsonObject { ["strategicAlignment"] = 4, ["businessValue"] = 5, ["urgency"] = 3, ["riskReduction"] = 2, ["feasibility"] = 4 },
        ["budget"] = new JsonObject { ["approved"] = 100000, ["actualToDate"] = 25000, ["forecastAtCompletion"] = 98000, ["currency"] = "EUR" },
        ["start"] = "2026-01-05",
        ["baselineEnd"] = "2026-12-18",
        ["milestones"] = new JsonArray(new JsonObject { ["name"] = "Go-live", ["baseline"] = "2026-10-01" }),
    };
}
