namespace Pmo.Application.Portfolio;

/// <summary>What a person raising an escalation by hand provides.</summary>
public sealed record RaiseEscalation(string ProjectId, string Summary, string Question = "", EscalationLevel Level = EscalationLevel.ManagementCommittee);

/// <summary>Escalations to the management committee: list, read, and raise by hand (which starts the orchestration).</summary>
public sealed class EscalationService(IPortfolioStore store, ProjectService projects, IEscalationStarter starter, TimeProvider clock)
{
    public const string Kind = "Escalation";

    public async Task<IReadOnlyList<Escalation>> ListAsync(bool openOnly, string? projectId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Escalation> items = projectId is not null
            ? await store.Escalations.ListByProjectAsync(projectId, cancellationToken)
            : await store.Escalations.ListByStatusAsync(openOnly ? OpenStatuses : Enum.GetValues<EscalationStatus>(), cancellationToken);
        return openOnly ? items.Where(e => e.IsOpen).ToList() : items;
    }

    public async Task<Versioned<Escalation>> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await store.Escalations.FindAsync(id, cancellationToken) ?? throw new NotFoundException(Kind, id);

    /// <summary>
    /// Stores the escalation, then starts its orchestration. With an idempotency key the id is derived from it,
    /// so a retried request finds the escalation it created and only makes sure the orchestration runs.
    /// </summary>
    public async Task<(Versioned<Escalation> Escalation, bool Created)> RaiseAsync(
        RaiseEscalation input, string raisedBy, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        new ValidationErrors()
            .Required(input.ProjectId, "projectId", 64)
            .Required(input.Summary, "summary", 2000)
            .MaxLength(input.Question, "question", 2000)
            .When(!Enum.IsDefined(input.Level), "level", "is not a known escalation level.")
            .ThrowIfInvalid();
        var project = await projects.GetAsync(input.ProjectId, cancellationToken);

        var now = clock.GetUtcNow();
        var id = idempotencyKey is null ? NewId(project.Value.Id, now) : IdFromKey(project.Value.Id, idempotencyKey);
        var existing = await store.Escalations.FindAsync(id, cancellationToken);
        if (existing is not null)
        {
            await starter.StartAsync(existing.Value, cancellationToken);
            return (existing, false);
        }

        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        var sla = new GovernanceCalendar(settings).ForEscalation(now);
        var escalation = new Escalation
        {
            Id = id,
            ProjectId = project.Value.Id,
            Reason = EscalationReason.Manual,
            Level = input.Level,
            Summary = input.Summary.Trim(),
            Question = input.Question.Trim(),
            RaisedBy = raisedBy,
            RaisedAt = now,
            ReminderDue = sla.CommitteeReminderUtc,
            ConveneDue = sla.ConveneUtc,
        };
        Validators.Validate(escalation).ThrowIfInvalid();
        var created = await store.Escalations.CreateAsync(escalation, cancellationToken);
        await starter.StartAsync(created.Value, cancellationToken);
        return (created, true);
    }

    private static readonly EscalationStatus[] OpenStatuses =
        [EscalationStatus.Open, EscalationStatus.CommitteeReminded, EscalationStatus.CommitteeConvened];

    private static string NewId(string projectId, DateTimeOffset now) =>
        $"{projectId}-{now.UtcDateTime:yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";

    private static string IdFromKey(string projectId, string key) =>
        $"{projectId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(projectId + "\n" + key)))[..16]}";
}
