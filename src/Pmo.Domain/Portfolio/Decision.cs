namespace Pmo.Domain.Portfolio;

/// <summary>What a governance body decided.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DecisionOutcome>))]
public enum DecisionOutcome
{
    Approve,
    Reject,
    Defer,
    RequestInformation,
}

/// <summary>An entry of a project's decision log.</summary>
public sealed record Decision : IAggregate
{
    public required string Id { get; init; }
    public required string ProjectId { get; init; }
    public required string Title { get; init; }
    public DecisionOutcome Outcome { get; init; }
    public string Rationale { get; init; } = "";
    public string DecidedBy { get; init; } = "";

    /// <summary>The body that decided: "Management committee", "Monthly portfolio review"…</summary>
    public string Forum { get; init; } = "";
    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>The escalation that led to it, if any.</summary>
    public string? EscalationId { get; init; }
}
