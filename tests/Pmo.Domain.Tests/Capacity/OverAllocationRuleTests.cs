using Pmo.Domain.Capacity;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Domain.Tests.Capacity;

public class OverAllocationRuleTests
{
    private static PersonMonthLoad Load(int month, decimal allocated) =>
        new("P-1", "Nadia Data", new YearMonth(2027, month), 20m, allocated);

    [Fact]
    public void Two_months_running_above_the_threshold_escalate_with_the_figures()
    {
        var trigger = OverAllocationRule.Evaluate([Load(1, 18), Load(2, 24), Load(3, 25)], 110m);

        Assert.NotNull(trigger);
        Assert.Equal(EscalationReason.OverAllocation, trigger.Reason);
        Assert.Equal(
            "Nadia Data is allocated above 110 % of their capacity for 2 months running (2027-02 120 %, 2027-03 125 %).",
            trigger.Summary);
        Assert.Contains("Nadia Data", trigger.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void One_month_above_the_threshold_does_not_escalate()
    {
        Assert.Null(OverAllocationRule.Evaluate([Load(1, 18), Load(2, 24), Load(3, 20)], 110m));
    }

    [Fact]
    public void Non_consecutive_months_do_not_escalate()
    {
        Assert.Null(OverAllocationRule.Evaluate([Load(1, 24), Load(2, 20), Load(3, 24)], 110m));

        // A month missing from the loads breaks the run too.
        Assert.Null(OverAllocationRule.Evaluate([Load(1, 24), Load(3, 24)], 110m));
    }

    [Fact]
    public void A_load_exactly_at_the_threshold_is_not_above_it()
    {
        Assert.Null(OverAllocationRule.Evaluate([Load(1, 22), Load(2, 22)], 110m));
        Assert.NotNull(OverAllocationRule.Evaluate([Load(1, 22), Load(2, 22)], 100m));
    }

    [Fact]
    public void The_number_of_months_running_is_a_setting()
    {
        Assert.Null(OverAllocationRule.Evaluate([Load(1, 24), Load(2, 24)], 110m, monthsRunning: 3));
        Assert.NotNull(OverAllocationRule.Evaluate([Load(1, 24), Load(2, 24), Load(3, 24)], 110m, monthsRunning: 3));
    }
}
