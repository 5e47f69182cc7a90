namespace Pmo.Local.Demo;

/// <summary>
/// The simulated management committee: a virtual day after an escalation is raised, its chair decides through the
/// decision service behind the e-mailed link; the decision lands in the project's decision log.
/// </summary>
public sealed class Committee(IPortfolioStore store, LinkIssuer links, DecisionService decisions, TimeProvider time, DemoTimeline timeline, DemoProgress progress)
{
    private static readonly EscalationStatus[] Open = [EscalationStatus.Open, EscalationStatus.CommitteeReminded, EscalationStatus.CommitteeConvened];
    private static readonly TimeSpan ThinkingTime = TimeSpan.FromDays(1);

    // When each escalation was first seen (real), and the virtual time each decision was taken at (the store holds real ones).
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _decided = new(StringComparer.Ordinal);

    public int Decided => _decided.Count;

    /// <summary>The virtual time a decision was taken at, for the decision log.</summary>
    public DateTimeOffset ShownTime(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return _decided.GetValueOrDefault(decision.Id, decision.DecidedAt);
    }

    /// <summary>Decides escalations as they come until <paramref name="ct"/> is cancelled; then decides what is left.</summary>
    public async Task RunAsync(string chairEmail, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await DecideDueAsync(chairEmail, ThinkingTime, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Decides every open escalation raised at least <paramref name="after"/> (virtual) ago.</summary>
    public async Task DecideDueAsync(string chairEmail, TimeSpan after, CancellationToken ct)
    {
        var now = timeline.Clock.GetUtcNow();
        foreach (var escalation in await store.Escalations.ListByStatusAsync(Open, ct))
        {
            // Thinking time in real terms: the virtual clock is rebased between steps, so it cannot measure a wait.
            var realNow = time.GetUtcNow();
            if (!_seen.TryGetValue(escalation.Id, out var seen))
            {
                _seen[escalation.Id] = seen = realNow;
            }

            if ((realNow - seen).Ticks * timeline.Clock.Scale < after.Ticks)
            {
                continue;
            }

            var (outcome, rationale) = Verdict(escalation);
            var url = links.Decision(escalation.ProjectId, escalation.Id, chairEmail, time.GetUtcNow());
            var token = Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);
            var decision = await decisions.DecideAsync(token, outcome, rationale, ct);
            _decided[decision.Id] = now;
            progress.Line(now, $"Committee decides on {escalation.ProjectId} ({escalation.Reason}): {outcome} — {rationale}");
        }
    }

    private static (DecisionOutcome, string) Verdict(Escalation escalation) => escalation.Reason switch
    {
        EscalationReason.RedTwoWeeksRunning => (DecisionOutcome.Approve, "Recovery plan approved: Finance releases two key users for four weeks."),
        EscalationReason.DecisionRequested => (DecisionOutcome.Approve, "Approved within the project's contingency."),
        EscalationReason.OverAllocation => (DecisionOutcome.Approve, "CRM migration releases the over-allocated person's days; the data team covers from next month."),
        EscalationReason.MissedUpdates => (DecisionOutcome.RequestInformation, "Sponsor to report the project's status at the next committee."),
        _ => (DecisionOutcome.Defer, "Deferred to the next monthly portfolio review."),
    };
}
