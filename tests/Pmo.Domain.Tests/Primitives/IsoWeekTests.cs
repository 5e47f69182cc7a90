using Pmo.Domain.Primitives;

namespace Pmo.Domain.Tests.Primitives;

public class IsoWeekTests
{
    [Fact]
    public void Year_2026_has_53_weeks_and_W53_ends_on_3_January_2027()
    {
        var w53 = IsoWeek.Parse("2026-W53");

        Assert.Equal(new DateOnly(2026, 12, 28), w53.Monday);
        Assert.Equal(new DateOnly(2027, 1, 3), w53.Day(DayOfWeek.Sunday));
        Assert.Equal(IsoWeek.Parse("2027-W01"), w53.Next());
        Assert.Equal(w53, IsoWeek.Containing(new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData("2025-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026W48")]
    [InlineData("")]
    public void TryParse_rejects_weeks_that_do_not_exist(string text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
    }

    [Fact]
    public void Round_trips_through_its_text_form()
    {
        var week = new IsoWeek(2026, 48);
        Assert.Equal("2026-W48", week.ToString());
        Assert.Equal(week, IsoWeek.Parse(week.ToString()));
    }
}
