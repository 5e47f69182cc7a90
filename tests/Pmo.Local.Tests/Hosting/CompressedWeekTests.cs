using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Local.Hosting;

namespace Pmo.Local.Tests.Hosting;

public sealed class CompressedWeekTests
{
    private static readonly WeekDeadlines Week = new(
        IsoWeek.Parse("2026-W49"),
        ChaseOpensUtc: new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),   // Mon 09:00 Paris
        FirstReminderUtc: new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero), // Wed 12:00
        SecondReminderUtc: new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero), // Thu 17:00
        MarkedMissedUtc: new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.Zero),  // Fri 12:00
        WeeklyDigestUtc: new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero));  // Fri 16:00

    [Fact]
    public void The_week_starts_now_and_keeps_its_proportions_on_the_real_clock()
    {
        var now = new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.Zero);

        var compressed = CompressedWeek.From(Week, now, TimeSpan.FromSeconds(168)); // one virtual hour = one second

        Assert.Equal(Week.Week, compressed.Week);
        Assert.Equal(now, compressed.ChaseOpensUtc);
        Assert.Equal(now.AddSeconds(51), compressed.FirstReminderUtc);   // 2 days 3 h after the opening
        Assert.Equal(now.AddSeconds(80), compressed.SecondReminderUtc);
        Assert.Equal(now.AddSeconds(99), compressed.MarkedMissedUtc);
        Assert.Equal(now.AddSeconds(103), compressed.WeeklyDigestUtc);
    }

    [Fact]
    public void A_week_shorter_than_ten_seconds_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CompressedWeek.From(Week, DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(9)));
    }
}
