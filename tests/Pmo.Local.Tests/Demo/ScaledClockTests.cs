using Microsoft.Extensions.Time.Testing;
using Pmo.Local.Demo;

namespace Pmo.Local.Tests.Demo;

public sealed class ScaledClockTests
{
    private static readonly DateTimeOffset VirtualStart = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_virtual_week_passes_in_the_real_time_the_scale_says()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new ScaledClock(VirtualStart, scale: TimeSpan.FromDays(7) / TimeSpan.FromSeconds(6), real);

        real.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(VirtualStart.AddDays(7), clock.GetUtcNow());
    }

    [Fact]
    public void ToReal_inverts_ToVirtual()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new ScaledClock(VirtualStart, scale: 100_800, real);
        var deadline = VirtualStart.AddDays(2).AddHours(4);

        // One real tick is ~10 ms of virtual time at this scale: that is the round trip's precision.
        Assert.Equal(deadline, clock.ToVirtual(clock.ToReal(deadline)), TimeSpan.FromMilliseconds(20));
        Assert.InRange((clock.RealDelayUntil(deadline) - TimeSpan.FromSeconds(52 * 3600 / 100_800.0)).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void Rebase_gives_the_next_step_its_full_length_even_after_an_overrun()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new ScaledClock(VirtualStart, scale: TimeSpan.FromDays(7) / TimeSpan.FromSeconds(7), real);
        real.Advance(TimeSpan.FromSeconds(10)); // the week overran by three seconds
        var nextMonday = VirtualStart.AddDays(7);

        clock.Rebase(nextMonday);

        Assert.Equal(nextMonday, clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(1), clock.RealDelayUntil(nextMonday.AddDays(1)));
    }
}
