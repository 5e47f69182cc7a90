namespace Pmo.Domain.Portfolio;

[JsonConverter(typeof(JsonStringEnumConverter<IssueSeverity>))]
public enum IssueSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

[JsonConverter(typeof(JsonStringEnumConverter<IssueStatus>))]
public enum IssueStatus
{
    Open,
    InProgress,
    Resolved,
    Closed,
}

/// <summary>A problem a project faces now (a risk that occurred, a blocker), with an owner and a due date.</summary>
public sealed record ProjectIssue : IAggregate
{
    public required string Id { get; init; }
    public required string ProjectId { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public IssueSeverity Severity { get; init; } = IssueSeverity.Medium;
    public string Owner { get; init; } = "";
    public DateOnly? Due { get; init; }
    public IssueStatus Status { get; init; } = IssueStatus.Open;
    public DateOnly Raised { get; init; }

    public bool IsOpen => Status is IssueStatus.Open or IssueStatus.InProgress;
}
