using System.Text.Json.Nodes;

namespace Pmo.Api.Tests.Fuzz.Sweep;

/// <summary>The person both sweeps (the test server's and the local host's) seed and send, so capacity routes hit a real one.</summary>
public static class SweepPeople
{
    public const string Id = "SWEEP-PERSON";

    public static JsonObject Person(string id) => new()
    {
        ["id"] = id,
        ["name"] = "Sweep Person",
        ["email"] = "sweep.person@example.org",
        ["department"] = "Data",
        ["role"] = "Data engineer",
        ["skills"] = new JsonArray("SQL"),
        ["capacityDaysPerMonth"] = 18,
        ["absences"] = new JsonArray(new JsonObject { ["start"] = "2026-10-12", ["end"] = "2026-10-16" }),
    };

    /// <summary>Capacity routes take months for from/to; the status updates' listing takes weeks.</summary>
    public static bool TakesMonths(OpenApiOperation operation) =>
        operation.Path.StartsWith("/api/capacity", StringComparison.Ordinal) || operation.Path.StartsWith("/api/allocations", StringComparison.Ordinal);
}
