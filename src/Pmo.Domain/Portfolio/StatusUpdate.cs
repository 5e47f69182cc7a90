namespace Pmo.Domain.Portfolio;

/// <summary>RAG per dimension of a weekly update.</summary>
public sealed record DimensionRags(
    Rag Schedule = Rag.Green,
    Rag Budget = Rag.Green,
    Rag Scope = Rag.Green,
    Rag Resources = Rag.Green,
    Rag Risks = Rag.Green)
{
    public Rag Worst => new[] { Schedule, Budget, Scope, Resources, Risks }.Max();
}

/// <summary>The PM's new forecast for one of the project's milestones.</summary>
public sealed record MilestoneForecast(string Name, DateOnly Forecast);

/// <summary>A project manager's weekly status update for one ISO week: the input of the weekly operational update.</summary>
public sealed record StatusUpdate : StatusAnswer, IAggregate
{
    public StatusUpdate()
    {
    }

    // Copies the answer fields (the base record's copy constructor); the caller sets the identity and the author.
    [SetsRequiredMembers]
    private StatusUpdate(StatusAnswer answer)
        : base(answer)
    {
        ProjectId = "";
        Week = default;
    }

    public static string IdFor(string projectId, IsoWeek week) => $"{projectId}-{week}";

    /// <summary>The update that stores <paramref name="answer"/> for <paramref name="projectId"/> and <paramref name="week"/>.</summary>
    public static StatusUpdate Of(StatusAnswer answer, string projectId, IsoWeek week, string submittedBy, DateTimeOffset submittedAt) =>
        new(answer) { ProjectId = projectId, Week = week, SubmittedBy = submittedBy, SubmittedAt = submittedAt };

    [JsonPropertyOrder(-3)]
    public string Id => IdFor(ProjectId, Week);

    [JsonPropertyOrder(-2)]
    public required string ProjectId { get; init; }

    [JsonPropertyOrder(-1)]
    public required IsoWeek Week { get; init; }

    /// <summary>Who submitted it (e-mail) and when (UTC).</summary>
    [JsonPropertyOrder(1)]
    public string SubmittedBy { get; init; } = "";

    [JsonPropertyOrder(2)]
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>
    /// Set when the answer was changed through its link before the deadline (who and when, UTC); the first answer's
    /// <see cref="SubmittedBy"/> and <see cref="SubmittedAt"/> are kept, so "before any reminder" / "after a reminder" stays what the chase recorded.
    /// </summary>
    [JsonPropertyOrder(3)]
    public string? AmendedBy { get; init; }

    [JsonPropertyOrder(4)]
    public DateTimeOffset? AmendedAt { get; init; }

    /// <summary>
    /// Transactional outbox: set when the "update submitted" event has reached the chase orchestration.
    /// Null means a relay still has to deliver it (survives a crash between the write and the event).
    /// </summary>
    [JsonPropertyOrder(5)]
    public DateTimeOffset? EventDeliveredAt { get; init; }
}
