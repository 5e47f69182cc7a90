namespace Pmo.Domain.Portfolio;

[JsonConverter(typeof(JsonStringEnumConverter<RiskStatus>))]
public enum RiskStatus
{
    Open,
    Mitigating,
    Closed,
    Occurred,
}

/// <summary>A project risk scored probability 1–5 × impact 1–5.</summary>
public sealed record Risk : IAggregate
{
    public required string Id { get; init; }
    public required string ProjectId { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public int Probability { get; init; } = 3;
    public int Impact { get; init; } = 3;
    public string Owner { get; init; } = "";
    public string Mitigation { get; init; } = "";
    public RiskStatus Status { get; init; } = RiskStatus.Open;
    public Trend Trend { get; init; } = Trend.Stable;
    public DateOnly Raised { get; init; }

    public int Score => Probability * Impact;
    public bool IsOpen => Status is RiskStatus.Open or RiskStatus.Mitigating;
}
