using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Rules;

public class RagSuggestionTests
{
    private static readonly RagThresholds Defaults = new();
    private static readonly Project OnTrack = Project() with { Milestones = [], ForecastEnd = null };

    private static Project SlippedBy(int days) => OnTrack with { ForecastEnd = OnTrack.BaselineEnd.AddDays(days) };

    private static Project OverBudgetBy(decimal forecast) => OnTrack with { Budget = new Budget(1_000_000m, 0m, forecast) };

    [Fact]
    public void Project_on_track_with_no_risks_is_green_everywhere()
    {
        Assert.Equal(new DimensionRags(), RagSuggestion.Suggest(OnTrack, [], Defaults));
    }

    [Theory]
    [InlineData(9, Rag.Green)]
    [InlineData(10, Rag.Amber)]
    [InlineData(29, Rag.Amber)]
    [InlineData(30, Rag.Red)]
    public void Schedule_follows_the_worst_slip(int days, Rag expected)
    {
        Assert.Equal(expected, RagSuggestion.Suggest(SlippedBy(days), [], Defaults).Schedule);
    }

    [Fact]
    public void Schedule_takes_milestone_slips_into_account()
    {
        var project = OnTrack with { Milestones = [new Milestone("Design", new DateOnly(2026, 3, 1), Forecast: new DateOnly(2026, 4, 15))] };

        Assert.Equal(Rag.Red, RagSuggestion.Suggest(project, [], Defaults).Schedule);
    }

    [Theory]
    [InlineData(1_049_999, Rag.Green)]
    [InlineData(1_050_000, Rag.Amber)]
    [InlineData(1_100_000, Rag.Red)]
    public void Budget_follows_the_forecast_overrun(int forecast, Rag expected)
    {
        Assert.Equal(expected, RagSuggestion.Suggest(OverBudgetBy(forecast), [], Defaults).Budget);
    }

    [Theory]
    [InlineData(3, 3, Rag.Green)]
    [InlineData(3, 4, Rag.Amber)]
    [InlineData(4, 5, Rag.Red)]
    public void Risks_follow_the_highest_open_risk_score(int probability, int impact, Rag expected)
    {
        var risks = new[] { Risk(OnTrack.Id, 1, 1), Risk(OnTrack.Id, probability, impact) };

        Assert.Equal(expected, RagSuggestion.Suggest(OnTrack, risks, Defaults).Risks);
    }

    [Fact]
    public void Closed_risks_and_other_projects_risks_are_ignored()
    {
        var risks = new[] { Risk(OnTrack.Id, 5, 5, RiskStatus.Closed), Risk("OTHER", 5, 5) };

        Assert.Equal(Rag.Green, RagSuggestion.Suggest(OnTrack, risks, Defaults).Risks);
    }

    [Fact]
    public void Scope_and_resources_are_left_green_for_the_project_manager_to_judge()
    {
        var d = RagSuggestion.Suggest(SlippedBy(60), [Risk(OnTrack.Id, 5, 5)], Defaults);

        Assert.Equal((Rag.Green, Rag.Green), (d.Scope, d.Resources));
    }

    [Fact]
    public void Overall_is_the_worst_dimension()
    {
        Assert.Equal(Rag.Red, RagSuggestion.Overall(new DimensionRags(Scope: Rag.Amber, Risks: Rag.Red)));
        Assert.Equal(Rag.Amber, RagSuggestion.Overall(new DimensionRags(Resources: Rag.Amber)));
    }
}
