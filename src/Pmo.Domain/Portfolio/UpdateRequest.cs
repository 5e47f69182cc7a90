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

    /// <summary>
    /// Legacy, neither written nor read: versions before issue 21 stored here "answered after the first reminder's
    /// time" and reported it as late, although such an answer met the one deadline the PM is given. Kept so the stores
    /// and export files they wrote still load; see <see cref="AnsweredOnTime"/> and <see cref="AnsweredAfterReminder"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Late { get; init; }

    public bool IsClosed => Status is UpdateRequestStatus.Submitted or UpdateRequestStatus.Missed;

    /// <summary>
    /// Answered on time: before the <see cref="Deadline"/>, the one the PM is given (the form refuses later answers and
    /// the request is then <see cref="UpdateRequestStatus.Missed"/>), whether or not a reminder was needed.
    /// </summary>
    [JsonIgnore]
    public bool AnsweredOnTime => Status == UpdateRequestStatus.Submitted;

    /// <summary>
    /// When the PM was first reminded: the first reminder, or the second when the chase opened after the first's time
    /// (a chase opened late skips the reminders already due). Null while no reminder was sent.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? FirstRemindedAt => RemindedAt ?? SecondReminderAt;

    /// <summary>Answered on time, but only after a reminder had been sent: the PMO's "after a reminder".</summary>
    [JsonIgnore]
    public bool AnsweredAfterReminder => AnsweredOnTime && IsAfterReminder(SubmittedAt, FirstRemindedAt);

    /// <summary>
    /// The one rule of "after a reminder", shared with the chase that reports it in the digest: an answer later than the
    /// first reminder actually sent. An answer before any reminder was sent (or with none sent at all) is not.
    /// </summary>
    public static bool IsAfterReminder(DateTimeOffset? answeredAt, DateTimeOffset? firstRemindedAt) =>
        answeredAt is { } answered && firstRemindedAt is { } reminded && answered > reminded;
}
