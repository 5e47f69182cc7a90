using System.Text.Json.Serialization;
using Pmo.Domain.Primitives;

namespace Pmo.Domain.Portfolio;

[JsonConverter(typeof(JsonStringEnumConverter<UpdateRequestStatus>))]
public enum UpdateRequestStatus
{
    Sent,
    Reminded,
    SecondReminderSent,
    Submitted,
    Missed,
}

/// <summary>One project's weekly update request: created when the chase opens, closed when submitted or missed.</summary>
public sealed record UpdateRequest : IAggregate
{
    public static string IdFor(string projectId, IsoWeek week) => $"{projectId}-{week}";

    public string Id => IdFor(ProjectId, Week);
    public required string ProjectId { get; init; }
    public required IsoWeek Week { get; init; }
    public UpdateRequestStatus Status { get; init; } = UpdateRequestStatus.Sent;
    public DateTimeOffset SentAt { get; init; }
    public DateTimeOffset? RemindedAt { get; init; }
    public DateTimeOffset? SecondReminderAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? MissedAt { get; init; }

    /// <summary>UTC instant after which the link no longer accepts answers (the "missed" deadline).</summary>
    public DateTimeOffset Deadline { get; init; }

    /// <summary>True when an answer came in after the first reminder deadline.</summary>
    public bool Late { get; init; }

    public bool IsClosed => Status is UpdateRequestStatus.Submitted or UpdateRequestStatus.Missed;
}
