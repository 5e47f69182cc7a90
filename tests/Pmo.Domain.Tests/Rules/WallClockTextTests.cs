using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Rules;

public class WallClockTextTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData(Language.En, "Friday 27 November 2026, 12:00 (Europe/Paris)")]
    [InlineData(Language.Fr, "vendredi 27 novembre 2026, 12:00 (Europe/Paris)")]
    public void An_instant_reads_on_the_organisations_wall_clock_in_the_readers_language_with_the_zone(Language language, string expected)
    {
        Assert.Equal(expected, WallClockText.Format(Utc(2026, 11, 27, 11), Paris, language));
    }

    [Fact]
    public void Summer_time_is_applied_and_the_zone_can_be_left_out()
    {
        Assert.Equal("Friday 23 October 2026, 12:00", WallClockText.Format(Utc(2026, 10, 23, 10), Paris, Language.En, withZone: false));
        Assert.Equal("Friday 23 October 2026, 10:00 (UTC)", WallClockText.Format(Utc(2026, 10, 23, 10), TimeZoneInfo.Utc, Language.En));
    }
}
