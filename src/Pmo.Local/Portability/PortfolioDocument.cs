using System.Text.Json.Serialization;
using Pmo.Domain.Governance;

namespace Pmo.Local.Portability;

/// <summary>
/// The whole portfolio of one organisation as one JSON document (what <c>export</c> writes and <c>import</c> reads).
/// Idempotency records are not part of it: they belong to one running installation.
/// </summary>
public sealed record PortfolioDocument
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;
    public DateTimeOffset ExportedAt { get; init; }
    public GovernanceSettings? Settings { get; init; }
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<StatusUpdate> StatusUpdates { get; init; } = [];
    public IReadOnlyList<UpdateRequest> UpdateRequests { get; init; } = [];
    public IReadOnlyList<Risk> Risks { get; init; } = [];
    public IReadOnlyList<ProjectIssue> Issues { get; init; } = [];
    public IReadOnlyList<Decision> Decisions { get; init; } = [];
    public IReadOnlyList<Escalation> Escalations { get; init; } = [];
    public IReadOnlyList<ReviewPack> ReviewPacks { get; init; } = [];

    /// <summary>Resource capacity (issue 24); files written before it have none, which imports as none.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];
    public IReadOnlyList<Allocation> Allocations { get; init; } = [];

    public int Count => Projects.Count + StatusUpdates.Count + UpdateRequests.Count + Risks.Count + Issues.Count
        + Decisions.Count + Escalations.Count + ReviewPacks.Count + People.Count + Allocations.Count + (Settings is null ? 0 : 1);
}

/// <summary>JSON of the export: camelCase, indented, enums as names, unknown members refused so typos are not lost silently.</summary>
public static class PortfolioJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };
}
