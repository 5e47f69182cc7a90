namespace Pmo.Application.Ports.Storage;

/// <summary>Filters of the project listing; all optional, combined with AND. Results are ordered by id.</summary>
public sealed record ProjectQuery
{
    public ProjectPhase? Phase { get; init; }
    public bool? ActiveOnly { get; init; }
    public string? Portfolio { get; init; }
    public string? ManagerEmail { get; init; }
    public Rag? LatestRag { get; init; }

    /// <summary>Case-insensitive substring of the id or the name.</summary>
    public string? Text { get; init; }
    public int PageSize { get; init; } = 50;
    public string? ContinuationToken { get; init; }
}

public interface IProjectStore : IDocumentStore<Project>
{
    Task<Page<Project>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every project in an active phase (approved, execution, closing), ordered by id.</summary>
    Task<IReadOnlyList<Project>> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Every project whatever its phase, ordered by id (exports, packs).</summary>
    Task<IReadOnlyList<Project>> ListAllAsync(CancellationToken cancellationToken = default);
}

public interface IStatusUpdateStore : IDocumentStore<StatusUpdate>
{
    Task<Versioned<StatusUpdate>?> FindAsync(string projectId, IsoWeek week, CancellationToken cancellationToken = default);

    /// <summary>A project's updates from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first.</summary>
    Task<IReadOnlyList<StatusUpdate>> ListByProjectAsync(string projectId, IsoWeek? from = null, IsoWeek? to = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StatusUpdate>> ListByWeekAsync(IsoWeek week, CancellationToken cancellationToken = default);

    /// <summary>Every update of the weeks from <paramref name="from"/> to <paramref name="to"/> inclusive, by project then week.</summary>
    Task<IReadOnlyList<StatusUpdate>> ListByWeeksAsync(IsoWeek from, IsoWeek to, CancellationToken cancellationToken = default);

    /// <summary>Submitted updates whose "update submitted" event has not been delivered yet (the outbox).</summary>
    Task<IReadOnlyList<StatusUpdate>> ListUndeliveredAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a submitted update and records it as its project's latest (<see cref="Project.LatestRag"/>,
    /// <see cref="Project.LatestUpdateWeek"/>) unless the project already has a newer week. <paramref name="ifMatch"/>
    /// null creates (<see cref="Pmo.Domain.Validation.AlreadyExistsException"/> when the week is answered); otherwise it replaces
    /// that version only (<see cref="Pmo.Domain.Validation.NotFoundException"/>, <see cref="Pmo.Domain.Validation.ConcurrencyException"/>).
    /// A concurrent edit of the project is never lost (the summary is written over the project's current version).
    /// Returns the update as stored, with the ETag to send back for the next replace.
    /// </summary>
    Task<Versioned<StatusUpdate>> SubmitAsync(StatusUpdate update, string? ifMatch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the updates' "update submitted" events delivered at <paramref name="deliveredAt"/> (takes them out of the
    /// outbox). Not a new version of the answer: their ETags do not change, so an ETag handed out before stays valid.
    /// Ids that are missing or already marked are skipped. Returns how many were marked now.
    /// </summary>
    Task<int> MarkDeliveredAsync(IReadOnlyCollection<string> ids, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default);
}

public interface IUpdateRequestStore : IDocumentStore<UpdateRequest>
{
    Task<IReadOnlyList<UpdateRequest>> ListByWeekAsync(IsoWeek week, CancellationToken cancellationToken = default);

    /// <summary>A project's requests, newest week first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<UpdateRequest>> ListRecentByProjectAsync(string projectId, int limit, CancellationToken cancellationToken = default);
}

public interface IRiskStore : IDocumentStore<Risk>
{
    Task<IReadOnlyList<Risk>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Risk>> ListOpenAsync(CancellationToken cancellationToken = default);
}

public interface IIssueStore : IDocumentStore<ProjectIssue>
{
    Task<IReadOnlyList<ProjectIssue>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ProjectIssue>> ListOpenAsync(CancellationToken cancellationToken = default);
}

public interface IDecisionStore : IDocumentStore<Decision>
{
    Task<IReadOnlyList<Decision>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>Decisions taken in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), oldest first.</summary>
    Task<IReadOnlyList<Decision>> ListDecidedBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default);
}

public interface IEscalationStore : IDocumentStore<Escalation>
{
    Task<IReadOnlyList<Escalation>> ListByStatusAsync(IReadOnlyCollection<EscalationStatus> statuses, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Escalation>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default);
}

public interface IReviewPackStore : IDocumentStore<ReviewPack>
{
    Task<Versioned<ReviewPack>?> FindAsync(YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>Packs newest month first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ReviewPack>> ListRecentAsync(int limit, CancellationToken cancellationToken = default);
}

public interface ISettingsStore
{
    /// <summary>The saved settings, or null when none were saved yet (callers then use the defaults).</summary>
    Task<Versioned<GovernanceSettings>?> FindAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the settings. <paramref name="ifMatch"/> null means "only if none were saved yet"
    /// (<see cref="Pmo.Domain.Validation.AlreadyExistsException"/> otherwise); a stale ETag throws <see cref="Pmo.Domain.Validation.ConcurrencyException"/>.
    /// </summary>
    Task<Versioned<GovernanceSettings>> SaveAsync(GovernanceSettings settings, string? ifMatch, CancellationToken cancellationToken = default);
}

/// <summary>A key recorded once: an API idempotency key with its response, or an e-mail already handed to the mailer.</summary>
public sealed record IdempotencyRecord(string Key, string Value, DateTimeOffset CreatedAt);

public interface IIdempotencyStore
{
    Task<IdempotencyRecord?> FindAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Records the key; returns false (and changes nothing) when it was already recorded.</summary>
    Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken = default);
}
