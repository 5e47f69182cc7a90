namespace Pmo.Domain.Rules;

/// <summary>
/// The default escalation rules of the management committee (docs/design.md), plus a decision asked for in the
/// latest weekly update. A reason already under an open escalation of the project is not raised twice:
/// the committee is still on it.
/// </summary>
public static class EscalationRules
{
    public static IReadOnlyList<EscalationTrigger> Evaluate(EscalationFacts facts, EscalationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(thresholds);

        var open = facts.OpenEscalations
            .Where(e => e.IsOpen && e.ProjectId == facts.Project.Id)
            .Select(e => e.Reason)
            .ToHashSet();
        var latest = facts.RecentUpdates.Where(u => u.ProjectId == facts.Project.Id).MaxBy(u => u.Week);

        EscalationTrigger?[] candidates =
        [
            RedWeeksRunning(facts, thresholds.RedWeeksRunning),
            BudgetOverrun(facts.Project, latest, thresholds.BudgetOverrunRatio),
            MilestoneSlip(facts.Project, thresholds.MilestoneSlipDays),
            MissedUpdates(facts, thresholds.MissedUpdatesRunning),
            thresholds.EscalateCriticalIssues ? CriticalIssues(facts) : null,
            DecisionRequested(facts.Project, latest),
        ];

        return [.. candidates.OfType<EscalationTrigger>().Where(t => !open.Contains(t.Reason))];
    }

    /// <summary>Red in each of the latest N consecutive ISO weeks (a missing week breaks the run).</summary>
    private static EscalationTrigger? RedWeeksRunning(EscalationFacts facts, int weeks)
    {
        var newestFirst = facts.RecentUpdates
            .Where(u => u.ProjectId == facts.Project.Id)
            .OrderByDescending(u => u.Week)
            .ToList();
        var run = 0;
        foreach (var update in newestFirst)
        {
            var expectedWeek = newestFirst[0].Week.AddWeeks(-run);
            if (update.Week != expectedWeek || update.Overall != Rag.Red)
            {
                break;
            }

            run++;
        }

        if (weeks < 1 || run < weeks)
        {
            return null;
        }

        var from = newestFirst[run - 1].Week;
        var to = newestFirst[0].Week;
        return new EscalationTrigger(
            EscalationReason.RedTwoWeeksRunning,
            Text($"{facts.Project.Name} has reported red for {run} weeks running ({from} to {to}); the threshold is {weeks}."),
            Text($"What should be done to bring {facts.Project.Name} back on track: re-plan, add resources, reduce scope or stop?"));
    }

    /// <summary>Forecast at completion strictly above approved × (1 + ratio); the latest update's forecast wins over the project's.</summary>
    private static EscalationTrigger? BudgetOverrun(Project project, StatusUpdate? latest, decimal ratio)
    {
        var approved = project.Budget.Approved;
        var forecast = latest?.BudgetForecastAtCompletion ?? project.Budget.ForecastAtCompletion;
        if (approved <= 0 || forecast <= approved * (1 + ratio))
        {
            return null;
        }

        var currency = project.Budget.Currency;
        var overrun = (forecast - approved) / approved;
        return new EscalationTrigger(
            EscalationReason.BudgetOverrun,
            Text($"{project.Name} forecasts {forecast:N0} {currency} at completion against an approved budget of {approved:N0} {currency}: {overrun:P1} over (threshold {ratio:P0})."),
            Text($"Should the budget of {project.Name} be raised to {forecast:N0} {currency}, or its scope reduced to fit {approved:N0} {currency}?"));
    }

    /// <summary>The worst slip of a milestone or of the end date strictly above the threshold.</summary>
    private static EscalationTrigger? MilestoneSlip(Project project, int days)
    {
        var slips = project.Milestones
            .Select(m => (What: $"milestone \"{m.Name}\"", m.Baseline, m.Expected, Days: m.SlipDays))
            .Append((What: "the end date", Baseline: project.BaselineEnd, Expected: project.ForecastEnd ?? project.BaselineEnd, Days: project.EndSlipDays));
        var worst = slips.MaxBy(s => s.Days);
        if (worst.Days <= days)
        {
            return null;
        }

        return new EscalationTrigger(
            EscalationReason.MilestoneSlip,
            Text($"{project.Name}: {worst.What} is expected on {worst.Expected:yyyy-MM-dd}, {worst.Days} days after its baseline of {worst.Baseline:yyyy-MM-dd} (threshold {days} days)."),
            Text($"Should the new date for {worst.What} of {project.Name} be accepted as the baseline, or what should be done to recover it?"));
    }

    /// <summary>The newest N closed update requests (by week) were all missed; requests still open are not judged yet.</summary>
    private static EscalationTrigger? MissedUpdates(EscalationFacts facts, int count)
    {
        var closedNewestFirst = facts.RecentRequests
            .Where(r => r.ProjectId == facts.Project.Id && r.IsClosed)
            .OrderByDescending(r => r.Week)
            .ToList();
        var run = closedNewestFirst.TakeWhile(r => r.Status == UpdateRequestStatus.Missed).Count();
        if (count < 1 || run < count)
        {
            return null;
        }

        var weeks = string.Join(", ", closedNewestFirst.Take(run).Select(r => r.Week).Order());
        return new EscalationTrigger(
            EscalationReason.MissedUpdates,
            Text($"{facts.Project.Name} has missed {run} weekly updates running ({weeks}); the threshold is {count}."),
            Text($"How should {facts.Project.Manager.Name} be supported so that {facts.Project.Name} reports again, or should the project be put on hold?"));
    }

    private static EscalationTrigger? CriticalIssues(EscalationFacts facts)
    {
        var critical = facts.OpenIssues
            .Where(i => i.IsOpen && i.ProjectId == facts.Project.Id && i.Severity == IssueSeverity.Critical)
            .ToList();
        if (critical.Count == 0)
        {
            return null;
        }

        var titles = string.Join("; ", critical.Select(i => $"\"{i.Title}\""));
        return new EscalationTrigger(
            EscalationReason.CriticalIssue,
            Text($"{facts.Project.Name} has {critical.Count} open critical issue(s): {titles}."),
            Text($"What does the committee decide to resolve the critical issue(s) of {facts.Project.Name}?"));
    }

    private static EscalationTrigger? DecisionRequested(Project project, StatusUpdate? latest)
    {
        if (latest is not { NeedsDecision: true })
        {
            return null;
        }

        var question = string.IsNullOrWhiteSpace(latest.DecisionQuestion)
            ? Text($"What does the committee decide for {project.Name}?")
            : latest.DecisionQuestion.Trim();
        return new EscalationTrigger(
            EscalationReason.DecisionRequested,
            Text($"{project.Name}'s project manager asks for a decision in the {latest.Week} update."),
            question);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
