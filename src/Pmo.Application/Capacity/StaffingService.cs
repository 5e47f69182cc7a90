namespace Pmo.Application.Capacity;

/// <summary>
/// Staffs a project after its GO: names the PM and replaces the team's allocations, records "team named" in the decision
/// log and welcomes a new PM. Everything is checked before the first write (422 naming the field, 404, 409, 412), and
/// the writes are ordered so that a failure half-way is repaired by a retry with the same Idempotency-Key: the project
/// (the one ETag-checked write, so a concurrent edit is never lost) goes first, then the allocations (keyed, so
/// rewriting them is harmless), the decision (a deterministic id) and the welcome (once per project and PM). What the
/// retry needs to carry on past the project write (the manager before it, the decision's id and time) is recorded under
/// the key before that write (<see cref="StaffingIntent"/>).
/// </summary>
public sealed partial class StaffingService(IPortfolioStore store, MailDispatcher mail, TimeProvider clock)
{
    public const string Forum = "PMO";

    public async Task<Versioned<ProjectStaffing>> StaffAsync(
        string projectId, StaffingRequest request, string ifMatch, string? idempotencyKey, string decidedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = await store.Projects.FindAsync(projectId, cancellationToken) ?? throw new NotFoundException(ProjectService.Kind, projectId);
        var people = await store.People.ListAllAsync(cancellationToken);
        var (manager, team) = Validate(request, people);
        if (current.Value.Phase.IsFinished())
        {
            throw new StateConflictException($"Project '{projectId}' is {current.Value.Phase}: a finished project is not staffed.");
        }

        var intent = await StaffingIntent.BeginAsync(store.Idempotency, current, ifMatch, idempotencyKey, clock, cancellationToken);
        var project = await CommitManagerAsync(current, manager, ifMatch, intent, cancellationToken);
        await ReplaceTeamAsync(projectId, team, cancellationToken);
        var decision = await store.Decisions.UpsertAsync(LogEntry(project.Value, team, people, intent, decidedBy), cancellationToken);
        var changed = !SamePerson(intent.PreviousManager, manager);
        if (changed)
        {
            await WelcomeAsync(project.Value, team, people, cancellationToken);
        }

        var staffing = await ResultAsync(project.Value, team, people, changed, decision.Value.Id, cancellationToken);
        return new Versioned<ProjectStaffing>(staffing, project.ETag);
    }

    /// <summary>
    /// Writes the manager over the version <paramref name="ifMatch"/> names. A retry of the same request (its intent is
    /// recorded) whose write already landed finds the manager in place and carries on; anything else on a newer version is
    /// someone else's edit, and a 412.
    /// </summary>
    private async Task<Versioned<Project>> CommitManagerAsync(
        Versioned<Project> current, Contact manager, string ifMatch, StaffingIntent intent, CancellationToken cancellationToken)
    {
        if (!ETags.Same(current.ETag, ifMatch))
        {
            return intent.IsRetry && current.Value.Manager == manager
                ? current
                : throw new ConcurrencyException(ProjectService.Kind, current.Value.Id);
        }

        return current.Value.Manager == manager
            ? current
            : await store.Projects.ReplaceAsync(current.Value with { Manager = manager }, current.ETag, cancellationToken);
    }

    /// <summary>The team's keys first, then the project's other keys removed: a crash in between leaves days a retry removes.</summary>
    private async Task ReplaceTeamAsync(string projectId, IReadOnlyList<StaffingLine> team, CancellationToken cancellationToken)
    {
        var before = await store.Allocations.ListAsync(new AllocationQuery { ProjectId = projectId }, cancellationToken);
        foreach (var line in team)
        {
            await store.Allocations.SetAsync(new Allocation(line.PersonId, projectId, line.Month, line.Days), cancellationToken);
        }

        var kept = team.Select(l => (l.PersonId, l.Month)).ToHashSet();
        foreach (var stale in before.Where(a => !kept.Contains((a.PersonId, a.Month))))
        {
            await store.Allocations.DeleteAsync(stale.PersonId, projectId, stale.Month, cancellationToken);
        }
    }

    private static Decision LogEntry(Project project, IReadOnlyList<StaffingLine> team, IReadOnlyList<Person> people, StaffingIntent intent, string decidedBy)
    {
        var names = people.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var members = team.GroupBy(l => l.PersonId)
            .Select(g => $"{names[g.Key]} ({string.Join(", ", g.OrderBy(l => l.Month).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Month}: {l.Days:0.##} d")))})");
        var rationale = team.Count == 0
            ? $"Project manager: {project.Manager.Name} <{project.Manager.Email}>. No team member allocated."
            : $"Project manager: {project.Manager.Name} <{project.Manager.Email}>. Team: {string.Join("; ", members)}.";
        return new Decision
        {
            Id = intent.DecisionId,
            ProjectId = project.Id,
            Title = $"Team named: {project.Manager.Name} as project manager, {team.Select(l => l.PersonId).Distinct().Count()} team member(s)",
            Outcome = DecisionOutcome.Approve,
            Rationale = rationale,
            DecidedBy = decidedBy,
            Forum = Forum,
            DecidedAt = intent.At,
        };
    }

    /// <summary>The same person whatever the spelling of the address: a renamed contact is not a new PM.</summary>
    private static bool SamePerson(Contact a, Contact b) => string.Equals(a.Email.Trim(), b.Email.Trim(), StringComparison.OrdinalIgnoreCase);
}
