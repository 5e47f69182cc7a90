using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;

namespace Pmo.Domain.Tests.Capacity;

public class CapacityCalculatorTests
{
    private static readonly YearMonth March2027 = new(2027, 3);

    internal static Person Person(string id = "P-1", decimal? capacity = null) => new()
    {
        Id = id,
        Name = "Nadia Data",
        Email = "nadia@example.org",
        Department = "Data",
        Role = "Data engineer",
        Skills = ["sql", "python"],
        CapacityDaysPerMonth = capacity,
    };

    private static DateRange Range(int fromDay, int toDay) => new(new DateOnly(2027, 3, fromDay), new DateOnly(2027, 3, toDay));

    [Fact]
    public void Working_days_are_counted_from_the_calendar()
    {
        // March 2027 starts on a Monday: four full weeks and Mon–Wed 29–31.
        Assert.Equal(23, CapacityCalculator.WorkingDays(March2027));
    }

    [Fact]
    public void Leap_february_2028_has_one_more_working_day_than_february_2027()
    {
        Assert.Equal(21, CapacityCalculator.WorkingDays(new YearMonth(2028, 2)));
        Assert.Equal(20, CapacityCalculator.WorkingDays(new YearMonth(2027, 2)));
        Assert.Equal(21m, CapacityCalculator.Available(Person(), new YearMonth(2028, 2)));
        Assert.Equal(20m, CapacityCalculator.Available(Person(), new YearMonth(2027, 2)));
    }

    [Fact]
    public void Without_a_set_capacity_a_person_gives_every_working_day()
    {
        Assert.Equal(23m, CapacityCalculator.Available(Person(), March2027));
    }

    [Fact]
    public void A_set_capacity_is_for_a_full_month()
    {
        Assert.Equal(10m, CapacityCalculator.Available(Person(capacity: 10), March2027));
    }

    [Fact]
    public void Joining_on_the_15th_prorates_by_the_working_days_left()
    {
        var joiner = Person() with { ActiveFrom = new DateOnly(2027, 3, 15) };

        Assert.Equal(13, CapacityCalculator.PresentDays(joiner, March2027));
        Assert.Equal(13m, CapacityCalculator.Available(joiner, March2027));
        Assert.Equal(5.65m, CapacityCalculator.Available(joiner with { CapacityDaysPerMonth = 10 }, March2027)); // 10 × 13 / 23
    }

    [Fact]
    public void Leaving_on_the_10th_counts_the_working_days_up_to_it()
    {
        var leaver = Person() with { ActiveTo = new DateOnly(2027, 3, 10) };

        Assert.Equal(8m, CapacityCalculator.Available(leaver, March2027));
        Assert.Equal(0m, CapacityCalculator.Available(leaver, March2027.Next()));
    }

    [Fact]
    public void Absences_cost_their_working_days_and_overlaps_count_once()
    {
        // 8–12 and 10–16 March: Mon 8 to Tue 16 is seven working days, not 5 + 5.
        var absent = Person() with { Absences = [Range(8, 12), Range(10, 16)] };

        Assert.Equal(16m, CapacityCalculator.Available(absent, March2027));
    }

    [Fact]
    public void An_absence_of_a_part_timer_costs_days_at_their_rate()
    {
        var halfTime = Person(capacity: 11.5m) with { Absences = [Range(8, 12)] };

        Assert.Equal(9m, CapacityCalculator.Available(halfTime, March2027)); // 11.5 × 18 / 23
    }

    [Fact]
    public void A_weekend_only_absence_costs_nothing()
    {
        Assert.Equal(23m, CapacityCalculator.Available(Person() with { Absences = [Range(6, 7)] }, March2027));
    }

    [Fact]
    public void An_absence_outside_the_active_part_of_the_month_is_not_taken_twice()
    {
        var leaver = Person() with { ActiveTo = new DateOnly(2027, 3, 10), Absences = [Range(8, 19)] };

        Assert.Equal(5m, CapacityCalculator.Available(leaver, March2027));
    }

    [Fact]
    public void Availability_is_never_negative()
    {
        Assert.Equal(0m, CapacityCalculator.Available(Person() with { Absences = [Range(1, 31)] }, March2027));
        Assert.Equal(0m, CapacityCalculator.Available(Person(capacity: 0), March2027));
        Assert.Equal(0m, CapacityCalculator.Available(Person() with { ActiveFrom = new DateOnly(2027, 4, 1) }, March2027));
    }
}
