using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;
using static Pmo.Domain.Tests.Capacity.CapacityCalculatorTests;

namespace Pmo.Domain.Tests.Capacity;

public class CapacityViewTests
{
    private static readonly YearMonth March = new(2027, 3);
    private static readonly YearMonth April = new(2027, 4);

    private static readonly Person A = Person("P-A") with { Name = "Ana", Skills = ["sql", "python"] };
    private static readonly Person B = Person("P-B") with { Name = "Ben", Skills = ["SQL"] };
    private static readonly Person C = Person("P-C") with { Name = "Cy", Department = "Finance", Role = "", Skills = [] };

    private static readonly Allocation[] Allocations =
    [
        new("P-A", "CRM-2026", March, 12),
        new("P-A", "ERP-2027", March, 8),
        new("P-B", "CRM-2026", March, 25),
        new("P-C", "ERP-2027", March, 5),
        new("P-B", "CRM-2026", April, 10),
    ];

    private static CapacityCell Cell(CapacityView view, string group, YearMonth month) =>
        Assert.Single(view.Cells, c => c.Group == group && c.Month == month);

    [Fact]
    public void By_department_capacity_allocated_and_free_add_up_per_month()
    {
        var view = CapacityView.For([A, B, C], Allocations, [April, March], CapacityGrouping.Department);

        Assert.Equal([March, April], view.Months);
        var data = Cell(view, "Data", March);
        Assert.Equal((46m, 45m), (data.Capacity, data.Allocated));

        // Ana has 3 free; Ben's 2 days over do not eat them.
        Assert.Equal(3m, data.Free);
        var over = Assert.Single(data.OverAllocated);
        Assert.Equal(("P-B", 108.7m), (over.PersonId, over.Percent));

        var finance = Cell(view, "Finance", March);
        Assert.Equal((23m, 5m, 18m), (finance.Capacity, finance.Allocated, finance.Free));
        Assert.Empty(finance.OverAllocated);

        // April 2027: 22 working days each.
        Assert.Equal((44m, 10m, 34m), (Cell(view, "Data", April).Capacity, Cell(view, "Data", April).Allocated, Cell(view, "Data", April).Free));
    }

    [Fact]
    public void By_skill_a_person_counts_in_each_of_their_skills_and_skills_match_whatever_the_case()
    {
        var view = CapacityView.For([A, B, C], Allocations, [March], CapacityGrouping.Skill);

        Assert.Equal(["(none)", "python", "sql"], view.Cells.Select(c => c.Group));
        Assert.Equal(46m, Cell(view, "sql", March).Capacity);
        Assert.Equal(23m, Cell(view, "python", March).Capacity);
        Assert.Equal(5m, Cell(view, CapacityView.NoGroup, March).Allocated);
    }

    [Fact]
    public void Allocation_to_someone_with_no_capacity_is_over_allocated_without_a_percentage()
    {
        var gone = C with { ActiveTo = new DateOnly(2027, 2, 28) };

        var cell = Assert.Single(CapacityView.For([gone], Allocations, [March], CapacityGrouping.Person).Cells);

        var load = Assert.Single(cell.OverAllocated);
        Assert.Null(load.Percent);
        Assert.True(load.IsAbove(500));
    }
}
