using Pmo.Domain.Governance;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Rules;
using static Pmo.Domain.Tests.Intake.IntakeSamples;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Intake;

public class DemandRankingTests
{
    private static readonly PriorityWeights Weights = new();

    [Fact]
    public void Demands_are_ranked_by_the_same_weighted_score_as_projects()
    {
        var low = Demand("D-LOW") with { Scores = new PriorityCriteria(1, 1, 1, 1, 1) };
        var high = Demand("D-HIGH") with { Scores = new PriorityCriteria(5, 4, 3, 2, 1) };

        var ranked = DemandRanking.Rank([low, high], Weights);

        Assert.Equal(["D-HIGH", "D-LOW"], ranked.Select(r => r.Demand.Id));
        Assert.Equal([1, 2], ranked.Select(r => r.Rank));
        Assert.Equal(65m, ranked[0].Score);
        Assert.Equal(Prioritisation.Score(high.Scores, Weights), ranked[0].Score);
    }

    [Fact]
    public void Equal_scores_go_by_first_submission_then_id_and_never_submitted_last()
    {
        var scores = new PriorityCriteria(3, 3, 3, 3, 3);
        var later = Demand("D-A") with { Scores = scores, SubmittedAt = Utc(2027, 2, 3) };
        var earlier = Demand("D-Z") with { Scores = scores, SubmittedAt = Utc(2027, 2, 1) };
        var sameTimeB = Demand("D-C") with { Scores = scores, SubmittedAt = Utc(2027, 2, 2) };
        var sameTimeA = Demand("D-B") with { Scores = scores, SubmittedAt = Utc(2027, 2, 2) };
        var draft = Demand("D-0") with { Scores = scores, SubmittedAt = null };

        var ranked = DemandRanking.Rank([draft, later, sameTimeB, earlier, sameTimeA], Weights);

        Assert.Equal(["D-Z", "D-B", "D-C", "D-A", "D-0"], ranked.Select(r => r.Demand.Id));
    }
}
