using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Rules;

public class KpiCalculatorTests
{
    private static readonly DateTimeOffset AsOf = Utc(2026, 3, 2, 12);

    // Baseline 1 Jan → 1 May 2026 is 120 days; on 2 March 60 have elapsed: half the budget is planned value.
    private static Project P(string id, Budget budget, ProjectPhase phase = ProjectPhase.Execution) => Project(id) with
    {
        Budget = budget,
        Phase = phase,
        Start = new DateOnly(2026, 1, 1),
        BaselineEnd = new DateOnly(2026, 5, 1),
        Milestones = [],
    };

    private static readonly Project Alpha = P("ALPHA", new Budget(100_000m, 40_000m, 110_000m)) with
    {
        Milestones = [new Milestone("Design", new DateOnly(2026, 2, 1), Forecast: new DateOnly(2026, 2, 13))],
    };

    private static readonly Project Bravo = P("BRAVO", new Budget(200_000m, 60_000m, 180_000m)) with
    {
        ForecastEnd = new DateOnly(2026, 5, 31),
    };

    private static readonly Project Charlie = P("CHARLIE", new Budget(50_000m, 10_000m, 50_000m)) with
    {
        LatestRag = Rag.Green,
        Milestones = [new Milestone("Design", new DateOnly(2026, 2, 1), Actual: new DateOnly(2026, 1, 27))],
    };

    private static readonly Project Echo = P("ECHO", new Budget(0m, 0m, 0m));
    private static readonly Project Delta = P("DELTA", new Budget(9_000_000m, 9_000_000m, 9_900_000m), ProjectPhase.Closed) with
    {
        ForecastEnd = new DateOnly(2027, 5, 1),
    };

    private static KpiInput Portfolio() => new(
        Projects: [Alpha, Bravo, Charlie, Echo, Delta],
        Updates:
        [
            Update("ALPHA", "2026-W08", Rag.Green, progress: 40),
            Update("ALPHA", "2026-W09", Rag.Red, progress: 50),
            Update("BRAVO", "2026-W09", Rag.Amber, progress: 20),
            Update("DELTA", "2026-W09", Rag.Green, progress: 100),
        ],
        Requests:
        [
            Request("ALPHA", "2026-W08", UpdateRequestStatus.Submitted),
            // Reminded on Wednesday 25 February, answered on Thursday: on time, after a reminder.
            Request("ALPHA", "2026-W09", UpdateRequestStatus.Submitted, remindedAt: Utc(2026, 2, 25, 11), submittedAt: Utc(2026, 2, 26, 9)),
            Request("BRAVO", "2026-W08", UpdateRequestStatus.Missed),
            Request("BRAVO", "2026-W09", UpdateRequestStatus.Submitted),
            Request("CHARLIE", "2026-W09", UpdateRequestStatus.Missed),
            Request("ECHO", "2026-W09", UpdateRequestStatus.Sent),
            Request("DELTA", "2026-W09", UpdateRequestStatus.Submitted),
        ],
        OpenRisks:
        [
            Risk("ALPHA", 5, 4),
            Risk("ALPHA", 3, 3),
            Risk("BRAVO", 3, 5),
            Risk("BRAVO", 2, 2, RiskStatus.Closed),
            Risk("DELTA", 5, 5),
        ],
        OpenIssues:
        [
            Issue("ALPHA", IssueSeverity.Critical),
            Issue("ALPHA", IssueSeverity.High),
            Issue("BRAVO", IssueSeverity.High),
            Issue("BRAVO", IssueSeverity.Low, IssueStatus.Resolved),
            Issue("DELTA", IssueSeverity.Critical),
        ],
        OpenEscalations:
        [
            Escalation("ALPHA", EscalationReason.BudgetOverrun, AsOf.AddDays(-10)),
            Escalation("BRAVO", EscalationReason.MilestoneSlip, AsOf.AddDays(-4)),
            Escalation("BRAVO", EscalationReason.Manual, AsOf.AddDays(-30), EscalationStatus.Decided),
            Escalation("DELTA", EscalationReason.Manual, AsOf.AddDays(-60)),
        ],
        AsOfUtc: AsOf);

    private static readonly PortfolioKpis Kpis = KpiCalculator.Compute(Portfolio());

    [Fact]
    public void Counts_only_active_projects()
    {
        Assert.Equal(4, Kpis.ActiveProjects);
    }

    [Fact]
    public void RAG_mix_uses_the_latest_update_then_the_project_RAG_else_no_status()
    {
        Assert.Equal((1, 1, 1, 1), (Kpis.Green, Kpis.Amber, Kpis.Red, Kpis.NoStatus));
    }

    [Fact]
    public void On_track_share_is_green_projects_over_active_projects()
    {
        Assert.Equal(0.25m, Kpis.OnTrackShare);
    }

    [Fact]
    public void Update_counts_cover_requests_of_active_projects()
    {
        Assert.Equal(6, Kpis.UpdatesRequested);
        Assert.Equal(3, Kpis.UpdatesSubmitted);
        Assert.Equal(2, Kpis.UpdatesMissed);
    }

    [Fact]
    public void Every_answer_before_the_deadline_is_on_time_and_those_after_a_reminder_are_counted_apart()
    {
        Assert.Equal(3, Kpis.UpdatesOnTime);
        Assert.Equal(1, Kpis.UpdatesAfterReminder);
    }

    [Fact]
    public void The_legacy_late_flag_of_older_stores_counts_for_nothing_only_a_reminder_sent_before_the_answer_does()
    {
        var before = Request("ALPHA", "2026-W09", UpdateRequestStatus.Submitted, submittedAt: Utc(2026, 2, 26, 9)) with { Late = true };
        var raced = Request("BRAVO", "2026-W09", UpdateRequestStatus.Submitted, remindedAt: Utc(2026, 2, 25, 11, 1), submittedAt: Utc(2026, 2, 25, 11));
        var secondOnly = Request("CHARLIE", "2026-W09", UpdateRequestStatus.Submitted, submittedAt: Utc(2026, 2, 26, 17)) with
        {
            SecondReminderAt = Utc(2026, 2, 26, 16),
        };

        var kpis = KpiCalculator.Compute(Portfolio() with { Requests = [before, raced, secondOnly] });

        Assert.Equal((3, 3, 1), (kpis.UpdatesRequested, kpis.UpdatesOnTime, kpis.UpdatesAfterReminder));
        Assert.Equal([false, false, true], new[] { before, raced, secondOnly }.Select(r => r.AnsweredAfterReminder));
    }

    [Fact]
    public void Update_compliance_is_answered_on_time_over_requested()
    {
        Assert.Equal(0.5m, Kpis.UpdateCompliance);
    }

    [Fact]
    public void Update_compliance_is_absent_not_full_when_nothing_was_requested()
    {
        var kpis = KpiCalculator.Compute(Portfolio() with { Requests = [] });

        Assert.Equal(0, kpis.UpdatesRequested);
        Assert.Null(kpis.UpdateCompliance);
    }

    [Fact]
    public void Budget_totals_and_variance_cover_active_projects()
    {
        Assert.Equal(350_000m, Kpis.BudgetApproved);
        Assert.Equal(110_000m, Kpis.BudgetActualToDate);
        Assert.Equal(340_000m, Kpis.BudgetForecastAtCompletion);
        Assert.Equal(-10_000m, Kpis.BudgetVariance);
        Assert.Equal(-0.0286m, Kpis.BudgetVarianceRatio);
    }

    [Fact]
    public void Cost_performance_index_is_earned_value_over_actual_cost()
    {
        // EV = 50 % × 100 000 + 20 % × 200 000 = 90 000; AC of the same projects = 100 000.
        Assert.Equal(0.9m, Kpis.CostPerformanceIndex);
    }

    [Fact]
    public void Schedule_performance_index_is_earned_value_over_linear_planned_value()
    {
        // PV = half of 300 000 = 150 000.
        Assert.Equal(0.6m, Kpis.SchedulePerformanceIndex);
    }

    [Fact]
    public void Earned_value_indices_are_unknown_without_progress_data()
    {
        var kpis = KpiCalculator.Compute(Portfolio() with { Updates = [] });

        Assert.Null(kpis.CostPerformanceIndex);
        Assert.Null(kpis.SchedulePerformanceIndex);
    }

    [Fact]
    public void Cost_performance_index_is_unknown_when_nothing_was_spent()
    {
        var input = Portfolio() with
        {
            Projects = [Alpha with { Budget = Alpha.Budget with { ActualToDate = 0 } }],
        };

        var kpis = KpiCalculator.Compute(input);

        Assert.Null(kpis.CostPerformanceIndex);
        Assert.Equal(1m, kpis.SchedulePerformanceIndex);
    }

    [Fact]
    public void Schedule_performance_index_is_unknown_before_the_baseline_starts()
    {
        var kpis = KpiCalculator.Compute(Portfolio() with { AsOfUtc = Utc(2025, 12, 1) });

        Assert.Null(kpis.SchedulePerformanceIndex);
    }

    [Fact]
    public void Updates_submitted_after_the_as_of_instant_are_ignored()
    {
        var input = Portfolio() with
        {
            Updates = [Update("ALPHA", "2026-W10", Rag.Green) with { SubmittedAt = AsOf.AddDays(1) }],
        };

        var kpis = KpiCalculator.Compute(input);

        Assert.Equal(0, kpis.Red);
        Assert.Null(kpis.CostPerformanceIndex);
    }

    [Fact]
    public void Slip_is_averaged_over_active_projects_counting_early_ones_as_on_time()
    {
        // 12 (Alpha milestone), 30 (Bravo end), 0 (Charlie early), 0 (Echo).
        Assert.Equal(10.5, Kpis.AverageSlipDays);
        Assert.Equal(30, Kpis.MaxSlipDays);
    }

    [Fact]
    public void Risk_exposure_sums_open_risk_scores_of_active_projects()
    {
        Assert.Equal(44, Kpis.RiskExposure);
    }

    [Fact]
    public void High_risks_are_open_risks_scoring_15_or_more()
    {
        Assert.Equal(2, Kpis.HighRisks);
    }

    [Fact]
    public void Open_issues_are_counted_by_severity_with_every_severity_present()
    {
        Assert.Equal(
            new Dictionary<IssueSeverity, int>
            {
                [IssueSeverity.Low] = 0,
                [IssueSeverity.Medium] = 0,
                [IssueSeverity.High] = 2,
                [IssueSeverity.Critical] = 1,
            },
            Kpis.OpenIssuesBySeverity);
    }

    [Fact]
    public void Open_escalations_are_counted_with_their_average_and_oldest_age()
    {
        Assert.Equal(2, Kpis.OpenEscalations);
        Assert.Equal(7.0, Kpis.AverageEscalationAgeDays);
        Assert.Equal(10.0, Kpis.OldestEscalationAgeDays);
    }

    [Fact]
    public void Empty_portfolio_gives_zeros_and_no_indices()
    {
        var kpis = KpiCalculator.Compute(new KpiInput([], [], [], [], [], [], AsOf));

        Assert.Equal(0, kpis.ActiveProjects);
        Assert.Equal(0m, kpis.OnTrackShare);
        Assert.Equal(0m, kpis.BudgetVarianceRatio);
        Assert.Equal(0, kpis.AverageSlipDays);
        Assert.Null(kpis.CostPerformanceIndex);
    }
}
