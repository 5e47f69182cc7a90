namespace Pmo.Application.Portfolio;

/// <summary>Evaluate the escalation rules for a project after its week's chase closed.</summary>
public sealed record EscalationCheck(string ProjectId, IsoWeek Week, DateTimeOffset At);

/// <summary>
/// Runs the escalation rules on the project's recent history; each rule that fires becomes an escalation with a
/// deterministic id (project, week, reason), so a retry finds it instead of raising it twice. Starts each one.
/// The chase runs it as an activity once the week is judged; an amended answer runs it again.
/// </summary>
public sealed class EscalationRaiser(IPortfolioStore store, IEscalationStarter starter)
{
    private const int HistoryWeeks = 8;

    public static string EscalationIdFor(string projectId, IsoWeek week, EscalationReason reason) =>
        $"{projectId}-{week}-{reason.ToString().ToLowerInvariant()}";

    /// <summary>Returns the ids of the escalations the rules raised (or found raised by an earlier try).</summary>
    public async Task<IReadOnlyList<string>> RaiseAsync(EscalationCheck input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var project = (await store.Projects.FindAsync(input.ProjectId))?.Value ?? throw new NotFoundException("Project", input.ProjectId);
        var view = await GovernanceView.LoadAsync(store);
        var facts = new EscalationFacts(
            project,
            await store.StatusUpdates.ListByProjectAsync(project.Id, input.Week.AddWeeks(-HistoryWeeks), input.Week),
            (await store.UpdateRequests.ListRecentByProjectAsync(project.Id, HistoryWeeks)).Where(r => r.Week <= input.Week).ToList(),
            (await store.Issues.ListByProjectAsync(project.Id)).Where(i => i.IsOpen).ToList(),
            // Escalations raised by this very check before a retry count as open: the rules then skip them.
            (await store.Escalations.ListByProjectAsync(project.Id)).Where(e => e.IsOpen && !IsFromThisCheck(e, input)).ToList());

        var ids = new List<string>();
        foreach (var trigger in EscalationRules.Evaluate(facts, view.Settings.Escalation))
        {
            var escalation = await CreateOnceAsync(store, EscalationIdFor(project.Id, input.Week, trigger.Reason), project.Id, trigger, input.At, view.Calendar);
            await starter.StartAsync(escalation);
            ids.Add(escalation.Id);
        }

        return ids;
    }

    private static bool IsFromThisCheck(Escalation e, EscalationCheck check) =>
        e.Id.StartsWith($"{check.ProjectId}-{check.Week}-", StringComparison.Ordinal);

    /// <summary>Creates the escalation under its deterministic id, or returns the one an earlier try created.</summary>
    internal static async Task<Escalation> CreateOnceAsync(
        IPortfolioStore store, string id, string projectId, EscalationTrigger trigger, DateTimeOffset at, GovernanceCalendar calendar)
    {
        var sla = calendar.ForEscalation(at);
        var escalation = new Escalation
        {
            Id = id,
            ProjectId = projectId,
            Reason = trigger.Reason,
            Summary = trigger.Summary,
            Question = trigger.Question,
            RaisedBy = "rules",
            RaisedAt = at,
            ReminderDue = sla.CommitteeReminderUtc,
            ConveneDue = sla.ConveneUtc,
        };

        try
        {
            return (await store.Escalations.CreateAsync(escalation)).Value;
        }
        catch (AlreadyExistsException)
        {
            return (await store.Escalations.FindAsync(escalation.Id))!.Value;
        }
    }
}
