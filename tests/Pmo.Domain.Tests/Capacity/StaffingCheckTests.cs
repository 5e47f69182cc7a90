using Pmo.Domain.Capacity;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using static Pmo.Domain.Tests.Capacity.CapacityCalculatorTests;

namespace Pmo.Domain.Tests.Capacity;

public class StaffingCheckTests
{
    private static readonly YearMonth March = new(2027, 3);

    private static readonly Person D1 = Person("P-D1");
    private static readonly Person D2 = Person("P-D2");
    private static readonly Person Pm = Person("P-PM") with { Role = "Project manager", Department = "PMO" };

    private static readonly Allocation[] Existing =
    [
        new("P-D1", "CRM-2026", March, 20),
        new("P-D2", "ERP-2027", March, 14),
        new("P-PM", "CRM-2026", March, 10),
    ];

    [Fact]
    public void The_need_by_role_is_put_against_the_role_s_free_days_in_a_sentence()
    {
        var result = StaffingCheck.Check([D1, D2, Pm], Existing,
            [new StaffingLine("P-D1", March, 20), new StaffingLine("P-D2", March, 20), new StaffingLine("P-PM", March, 5)]);

        var data = Assert.Single(result.Needs, n => n.Role == "Data engineer");
        Assert.Equal((40m, 12m), (data.NeededDays, data.FreeDays));
        Assert.True(data.IsShort);
        Assert.Equal("needs 40 days of Data engineer time in March 2027; 12 are free.", data.Sentence);

        var pm = Assert.Single(result.Needs, n => n.Role == "Project manager");
        Assert.False(pm.IsShort);
    }

    [Fact]
    public void Loads_after_the_proposal_add_the_existing_projects_and_flag_above_100_percent()
    {
        var result = StaffingCheck.Check([D1, D2, Pm], Existing,
            [new StaffingLine("P-D1", March, 3), new StaffingLine("P-D2", March, 20), new StaffingLine("P-PM", March, 5)]);

        Assert.Equal(
            [("P-D1", 23m, 100m), ("P-D2", 34m, 147.8m), ("P-PM", 15m, 65.2m)],
            result.Loads.Select(l => (l.PersonId, l.Allocated, l.Percent!.Value)));
        Assert.Equal(["P-D2"], result.OverAllocated.Select(l => l.PersonId));
    }

    [Fact]
    public void A_demand_s_request_is_set_against_the_free_days_of_people_with_that_role_or_skill()
    {
        var april = March.Next();
        var sqlAnalyst = Person("P-SQL") with { Role = "Analyst", Skills = ["SQL"], CapacityDaysPerMonth = 10 };
        var away = Person("P-AWAY") with { Absences = [new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31))] };

        var needs = StaffingCheck.Needs([D1, D2, Pm, sqlAnalyst, away], Existing,
        [
            new DemandStaffing("data engineer", March, 30),
            new DemandStaffing("Data Engineer ", March, 10),
            new DemandStaffing("sql", March, 5),
            new DemandStaffing("Data engineer", april, 8),
            new DemandStaffing("Quantum physicist", March, 2),
        ]);

        // March 2027 has 23 working days: D1 is full (23 − 20 = 3 free), D2 has 9 free, the absent one none. SQL: D1, D2, the PM (13 free: both have the skill) and the analyst (10).
        Assert.Equal(
            [("Quantum physicist", March, 2m, 0m), ("data engineer", March, 40m, 12m), ("sql", March, 5m, 35m), ("Data engineer", april, 8m, 66m)],
            needs.Select(n => (n.Role, n.Month, n.NeededDays, n.FreeDays)));
        Assert.Equal("needs 40 days of data engineer time in March 2027; 12 are free.", needs[1].Sentence);
    }

    [Fact]
    public void A_demand_without_staffing_needs_nothing()
    {
        Assert.Empty(StaffingCheck.Needs([D1, D2], Existing, []));
    }
}
