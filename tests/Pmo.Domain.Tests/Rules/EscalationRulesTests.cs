using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Rules;

public class EscalationRulesTests
{
    private static readonly EscalationThresholds Defaults = new();

    // On budget, on time, no issues: no rule fires unless a test adds the fact it is about.
    private static readonly Project Crm = Project() with
    {
        Budget = new Budget(1_000_000m, 400_000m, 1_000_000m),
        BaselineEnd = new DateOnly(2026, 12, 31),
        Milestones = [new Milestone("Go-live", new DateOnly(2026, 11, 30))],
    };

    private static EscalationFacts Facts(
        Project? project = null,
        IReadOnlyList<StatusUpdate>? updates = null,
        IReadOnlyList<UpdateRequest>? requests = null,
        IReadOnlyList<ProjectIssue>? issues = null,
        IReadOnlyList<Escalation>? open = null) =>
        new(project ?? Crm, updates ?? [], requests ?? [], issues ?? [], open ?? []);

    private static IEnumerable<EscalationReason> Reasons(EscalationFacts facts, EscalationThresholds? thresholds = null) =>
        EscalationRules.Evaluate(facts, thresholds ?? Defaults).Select(t => t.Reason);

    [Fact]
    public void Healthy_project_raises_nothing()
    {
        Assert.Empty(Reasons(Facts(updates: [Update("CRM-2026", "2026-W47"), Update("CRM-2026", "2026-W48")])));
    }

    [Fact]
    public void Red_two_weeks_running_fires()
    {
        var facts = Facts(updates: [Update("CRM-2026", "2026-W47", Rag.Red), Update("CRM-2026", "2026-W48", Rag.Red)]);

        var trigger = Assert.Single(EscalationRules.Evaluate(facts, Defaults));

        Assert.Equal(EscalationReason.RedTwoWeeksRunning, trigger.Reason);
        Assert.Equal("New CRM has reported red for 2 weeks running (2026-W47 to 2026-W48); the threshold is 2.", trigger.Summary);
        Assert.NotEmpty(trigger.Question);
    }

    [Fact]
    public void Red_for_one_week_only_does_not_fire()
    {
        var facts = Facts(updates: [Update("CRM-2026", "2026-W47", Rag.Amber), Update("CRM-2026", "2026-W48", Rag.Red)]);

        Assert.Empty(Reasons(facts));
    }

    [Fact]
    public void Red_weeks_separated_by_a_missing_week_are_not_running()
    {
        var facts = Facts(updates: [Update("CRM-2026", "2026-W46", Rag.Red), Update("CRM-2026", "2026-W48", Rag.Red)]);

        Assert.Empty(Reasons(facts));
    }

    [Fact]
    public void Red_run_counts_back_from_the_latest_week_across_a_year_end()
    {
        var facts = Facts(updates: [Update("CRM-2026", "2026-W53", Rag.Red), Update("CRM-2026", "2027-W01", Rag.Red)]);

        Assert.Equal([EscalationReason.RedTwoWeeksRunning], Reasons(facts));
    }

    [Fact]
    public void Red_earlier_but_green_now_does_not_fire()
    {
        var facts = Facts(updates:
        [
            Update("CRM-2026", "2026-W46", Rag.Red),
            Update("CRM-2026", "2026-W47", Rag.Red),
            Update("CRM-2026", "2026-W48", Rag.Green),
        ]);

        Assert.Empty(Reasons(facts));
    }

    [Fact]
    public void Budget_forecast_above_approved_plus_ratio_fires_with_the_figures()
    {
        var project = Crm with { Budget = Crm.Budget with { ForecastAtCompletion = 1_150_000m } };

        var trigger = Assert.Single(EscalationRules.Evaluate(Facts(project), Defaults));

        Assert.Equal(EscalationReason.BudgetOverrun, trigger.Reason);
        Assert.Contains("1,150,000 EUR", trigger.Summary, StringComparison.Ordinal);
        Assert.Contains("1,000,000 EUR", trigger.Summary, StringComparison.Ordinal);
        Assert.Contains("15.0 % over (threshold 10 %)", trigger.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_forecast_exactly_at_the_threshold_does_not_fire()
    {
        var project = Crm with { Budget = Crm.Budget with { ForecastAtCompletion = 1_100_000m } };

        Assert.Empty(Reasons(Facts(project)));
    }

    [Fact]
    public void Budget_rule_prefers_the_latest_update_forecast_over_the_project_one()
    {
        var updates = new[]
        {
            Update("CRM-2026", "2026-W47") with { BudgetForecastAtCompletion = 1_000_000m },
            Update("CRM-2026", "2026-W48") with { BudgetForecastAtCompletion = 1_100_001m },
        };

        Assert.Equal([EscalationReason.BudgetOverrun], Reasons(Facts(updates: updates)));
    }

    [Fact]
    public void Milestone_slip_beyond_the_threshold_fires_naming_the_milestone()
    {
        var project = Crm with { Milestones = [new Milestone("Go-live", new DateOnly(2026, 11, 30), Forecast: new DateOnly(2026, 12, 31))] };

        var trigger = Assert.Single(EscalationRules.Evaluate(Facts(project), Defaults));

        Assert.Equal(EscalationReason.MilestoneSlip, trigger.Reason);
        Assert.Equal(
            "New CRM: milestone \"Go-live\" is expected on 2026-12-31, 31 days after its baseline of 2026-11-30 (threshold 30 days).",
            trigger.Summary);
    }

    [Fact]
    public void Milestone_slip_exactly_at_the_threshold_does_not_fire()
    {
        var project = Crm with { Milestones = [new Milestone("Go-live", new DateOnly(2026, 11, 30), Forecast: new DateOnly(2026, 12, 30))] };

        Assert.Empty(Reasons(Facts(project)));
    }

    [Fact]
    public void End_date_slip_counts_as_milestone_slip()
    {
        var project = Crm with { ForecastEnd = new DateOnly(2027, 2, 15) };

        var trigger = Assert.Single(EscalationRules.Evaluate(Facts(project), Defaults));

        Assert.Equal(EscalationReason.MilestoneSlip, trigger.Reason);
        Assert.Contains("the end date", trigger.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_missed_updates_running_fire()
    {
        var requests = new[]
        {
            Request("CRM-2026", "2026-W48", UpdateRequestStatus.Missed),
            Request("CRM-2026", "2026-W46", UpdateRequestStatus.Submitted),
            Request("CRM-2026", "2026-W47", UpdateRequestStatus.Missed),
        };

        var trigger = Assert.Single(EscalationRules.Evaluate(Facts(requests: requests), Defaults));

        Assert.Equal(EscalationReason.MissedUpdates, trigger.Reason);
        Assert.Equal("New CRM has missed 2 weekly updates running (2026-W47, 2026-W48); the threshold is 2.", trigger.Summary);
    }

    [Fact]
    public void One_missed_update_does_not_fire()
    {
        var requests = new[]
        {
            Request("CRM-2026", "2026-W47", UpdateRequestStatus.Submitted),
            Request("CRM-2026", "2026-W48", UpdateRequestStatus.Missed),
        };

        Assert.Empty(Reasons(Facts(requests: requests)));
    }

    [Fact]
    public void Missed_updates_followed_by_a_submitted_one_do_not_fire()
    {
        var requests = new[]
        {
            Request("CRM-2026", "2026-W46", UpdateRequestStatus.Missed),
            Request("CRM-2026", "2026-W47", UpdateRequestStatus.Missed),
            Request("CRM-2026", "2026-W48", UpdateRequestStatus.Submitted),
        };

        Assert.Empty(Reasons(Facts(requests: requests)));
    }

    [Fact]
    public void A_request_still_open_this_week_does_not_hide_missed_ones_before_it()
    {
        var requests = new[]
        {
            Request("CRM-2026", "2026-W46", UpdateRequestStatus.Missed),
            Request("CRM-2026", "2026-W47", UpdateRequestStatus.Missed),
            Request("CRM-2026", "2026-W48", UpdateRequestStatus.Reminded),
        };

        Assert.Equal([EscalationReason.MissedUpdates], Reasons(Facts(requests: requests)));
    }

    [Fact]
    public void Open_critical_issue_fires_naming_it()
    {
        var trigger = Assert.Single(EscalationRules.Evaluate(Facts(issues: [Issue("CRM-2026", IssueSeverity.Critical)]), Defaults));

        Assert.Equal(EscalationReason.CriticalIssue, trigger.Reason);
        Assert.Contains("\"Test environment down\"", trigger.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void High_or_resolved_critical_issues_do_not_fire()
    {
        var issues = new[]
        {
            Issue("CRM-2026", IssueSeverity.High),
            Issue("CRM-2026", IssueSeverity.Critical, IssueStatus.Resolved),
        };

        Assert.Empty(Reasons(Facts(issues: issues)));
    }

    [Fact]
    public void Critical_issue_rule_can_be_switched_off()
    {
        var thresholds = Defaults with { EscalateCriticalIssues = false };

        Assert.Empty(Reasons(Facts(issues: [Issue("CRM-2026", IssueSeverity.Critical)]), thresholds));
    }

    [Fact]
    public void Decision_asked_in_the_latest_update_is_raised_with_the_PM_question()
    {
        var update = Update("CRM-2026", "2026-W48") with { NeedsDecision = true, DecisionQuestion = "Can we hire two contractors?" };

        var trigger = Assert.Single(EscalationRules.Evaluate(Facts(updates: [update]), Defaults));

        Assert.Equal(EscalationReason.DecisionRequested, trigger.Reason);
        Assert.Equal("Can we hire two contractors?", trigger.Question);
        Assert.Contains("2026-W48", trigger.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_asked_in_an_older_update_is_not_raised_again()
    {
        var updates = new[]
        {
            Update("CRM-2026", "2026-W47") with { NeedsDecision = true, DecisionQuestion = "Hire?" },
            Update("CRM-2026", "2026-W48"),
        };

        Assert.Empty(Reasons(Facts(updates: updates)));
    }

    [Fact]
    public void Reason_already_under_an_open_escalation_is_not_raised_again()
    {
        var project = Crm with { Budget = Crm.Budget with { ForecastAtCompletion = 2_000_000m } };
        var open = new[] { Escalation("CRM-2026", EscalationReason.BudgetOverrun, Utc(2026, 11, 1)) };

        Assert.Empty(Reasons(Facts(project, open: open)));
    }

    [Fact]
    public void Reason_whose_escalation_was_decided_is_raised_again()
    {
        var project = Crm with { Budget = Crm.Budget with { ForecastAtCompletion = 2_000_000m } };
        var decided = new[] { Escalation("CRM-2026", EscalationReason.BudgetOverrun, Utc(2026, 11, 1), EscalationStatus.Decided) };

        Assert.Equal([EscalationReason.BudgetOverrun], Reasons(Facts(project, open: decided)));
    }

    [Fact]
    public void Several_rules_can_fire_at_once()
    {
        var project = Crm with { ForecastEnd = new DateOnly(2027, 6, 30), Budget = Crm.Budget with { ForecastAtCompletion = 1_500_000m } };

        Assert.Equal(
            [EscalationReason.BudgetOverrun, EscalationReason.MilestoneSlip, EscalationReason.CriticalIssue],
            Reasons(Facts(project, issues: [Issue("CRM-2026", IssueSeverity.Critical)])));
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var facts = Facts(updates: [Update("CRM-2026", "2026-W47", Rag.Red), Update("CRM-2026", "2026-W48", Rag.Red)]);

        Assert.Empty(Reasons(facts, Defaults with { RedWeeksRunning = 3 }));
    }
}
