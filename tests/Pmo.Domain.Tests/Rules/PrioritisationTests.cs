using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Rules;
using Pmo.Domain.Validation;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Rules;

public class PrioritisationTests
{
    private static readonly PriorityWeights Defaults = new();

    [Fact]
    public void Top_marks_on_every_criterion_score_100()
    {
        Assert.Equal(100m, Prioritisation.Score(new PriorityCriteria(5, 5, 5, 5, 5), Defaults));
    }

    [Fact]
    public void Lowest_marks_on_every_criterion_score_0()
    {
        Assert.Equal(0m, Prioritisation.Score(new PriorityCriteria(1, 1, 1, 1, 1), Defaults));
    }

    [Fact]
    public void Score_is_the_weighted_mean_of_the_criteria()
    {
        // (3×1 + 3×0.75 + 2×0.5 + 1×0.25 + 1×0) / 10 = 0.65
        Assert.Equal(65m, Prioritisation.Score(new PriorityCriteria(5, 4, 3, 2, 1), Defaults));
    }

    [Fact]
    public void Weights_are_normalised_so_only_their_proportions_matter()
    {
        var criteria = new PriorityCriteria(5, 4, 3, 2, 1);

        Assert.Equal(
            Prioritisation.Score(criteria, Defaults),
            Prioritisation.Score(criteria, new PriorityWeights(30, 30, 20, 10, 10)));
    }

    [Fact]
    public void A_criterion_with_zero_weight_does_not_count()
    {
        Assert.Equal(100m, Prioritisation.Score(new PriorityCriteria(5, 1, 1, 1, 1), new PriorityWeights(1, 0, 0, 0, 0)));
    }

    [Fact]
    public void All_zero_weights_are_a_validation_error()
    {
        var e = Assert.Throws<DomainValidationException>(
            () => Prioritisation.Score(new PriorityCriteria(), new PriorityWeights(0, 0, 0, 0, 0)));

        Assert.Equal(["priorityWeights"], e.Errors.Fields);
    }

    [Fact]
    public void Negative_weight_is_a_validation_error_naming_it()
    {
        var e = Assert.Throws<DomainValidationException>(
            () => Prioritisation.Score(new PriorityCriteria(), Defaults with { Urgency = -1 }));

        Assert.Equal(["priorityWeights.urgency"], e.Errors.Fields);
    }

    [Fact]
    public void Criterion_outside_1_to_5_is_a_validation_error_naming_it()
    {
        var e = Assert.Throws<DomainValidationException>(
            () => Prioritisation.Score(new PriorityCriteria(Feasibility: 6), Defaults));

        Assert.Equal(["priority.feasibility"], e.Errors.Fields);
    }

    [Fact]
    public void Rank_orders_by_score_descending_then_by_id()
    {
        var projects = new[]
        {
            Project("MID-B") with { Priority = new PriorityCriteria() },
            Project("LOW") with { Priority = new PriorityCriteria(1, 1, 1, 1, 1) },
            Project("TOP") with { Priority = new PriorityCriteria(5, 5, 5, 5, 5) },
            Project("MID-A") with { Priority = new PriorityCriteria() },
        };

        var ranked = Prioritisation.Rank(projects, Defaults);

        Assert.Equal(["TOP", "MID-A", "MID-B", "LOW"], ranked.Select(r => r.Project.Id));
        Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Rank));
        Assert.Equal([100m, 50m, 50m, 0m], ranked.Select(r => r.Score));
    }

    [Fact]
    public void Changing_weights_changes_the_order()
    {
        var strategic = Project("STRAT") with { Priority = new PriorityCriteria(StrategicAlignment: 5, Urgency: 1) };
        var urgent = Project("URGENT") with { Priority = new PriorityCriteria(StrategicAlignment: 1, Urgency: 5) };

        Assert.Equal("STRAT", Prioritisation.Rank([strategic, urgent], Defaults)[0].Project.Id);
        Assert.Equal("URGENT", Prioritisation.Rank([strategic, urgent], Defaults with { Urgency = 10 })[0].Project.Id);
    }
}
