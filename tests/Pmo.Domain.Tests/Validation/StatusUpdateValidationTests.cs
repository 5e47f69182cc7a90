using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Validation;

public class StatusUpdateValidationTests
{
    private static readonly Project Crm = Project();

    [Fact]
    public void Sample_update_is_valid_for_its_project()
    {
        var update = Update(Crm.Id, "2026-W48") with { MilestoneForecasts = [new MilestoneForecast("Go-live", new DateOnly(2026, 12, 15))] };

        Assert.True(Validators.Validate(update, Crm).IsValid);
    }

    [Fact]
    public void Every_invalid_field_is_reported_by_its_JSON_path()
    {
        var update = Update(Crm.Id, "2026-W48") with
        {
            Overall = (Rag)7,
            Dimensions = new DimensionRags(Budget: (Rag)9),
            ProgressPercent = 101,
            Difficulties = new string('x', 4001),
            BudgetActualToDate = -1m,
            BudgetForecastAtCompletion = -1m,
            SubmittedBy = "paul",
            MilestoneForecasts = [new MilestoneForecast("Go-live", new DateOnly(2026, 12, 15)), new MilestoneForecast("", default)],
        };

        Assert.Equal(
            [
                "budgetActualToDate", "budgetForecastAtCompletion", "difficulties", "dimensions.budget",
                "milestoneForecasts[1].forecast", "milestoneForecasts[1].name", "overall", "progressPercent", "submittedBy",
            ],
            Validators.Validate(update, Crm).Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Forecast_for_a_milestone_the_project_does_not_have_is_refused()
    {
        var update = Update(Crm.Id, "2026-W48") with { MilestoneForecasts = [new MilestoneForecast("Launch party", new DateOnly(2026, 12, 15))] };

        Assert.Equal(["milestoneForecasts[0].name"], Validators.Validate(update, Crm).Fields);
    }

    [Fact]
    public void Milestone_names_are_not_checked_without_the_project()
    {
        var update = Update(Crm.Id, "2026-W48") with { MilestoneForecasts = [new MilestoneForecast("Launch party", new DateOnly(2026, 12, 15))] };

        Assert.True(Validators.Validate(update).IsValid);
    }

    [Fact]
    public void Question_is_required_when_a_decision_is_needed()
    {
        var update = Update(Crm.Id, "2026-W48") with { NeedsDecision = true, DecisionQuestion = "  " };

        Assert.Equal(["decisionQuestion"], Validators.Validate(update).Fields);
    }

    [Fact]
    public void Update_for_another_project_is_refused()
    {
        Assert.Equal(["projectId"], Validators.Validate(Update("OTHER", "2026-W48"), Crm).Fields);
    }

    [Fact]
    public void Missing_week_is_reported()
    {
        var update = Update(Crm.Id, "2026-W48") with { Week = default };

        Assert.Equal(["week"], Validators.Validate(update).Fields);
    }
}
