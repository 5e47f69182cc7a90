using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Scheduling;

/// <summary>The scheduler tick: deterministic ids make repeats harmless, and a host that was down catches up.</summary>
[Collection(SerialCollection.Name)]
public sealed class SchedulerTickTests
{
    [Fact]
    public async Task Tick_after_downtime_since_Monday_starts_the_week_late_and_skips_the_week_already_missed()
    {
        await using var world = new VirtualWorld(Paris.At(11, 18, 10), lookback: TimeSpan.FromDays(10));
        await world.SeedAsync(Settings());

        var first = await world.TickAsync();

        Assert.Equal(["weekly-2026-W47"], first.Started);
        Assert.Equal(["weekly-2026-W46"], first.SkippedTooLate);
        Assert.Equal(5, world.Mailer.Sent.Count(m => m.Kind == "chase-invite" && Paris.Local(m.SentAtUtc) == "Wed 18/11 10:00"));

        // The remaining deadlines of the week still hold: the first reminder goes out at Wednesday noon.
        await world.AdvanceToAsync(Paris.At(11, 18, 12));
        Assert.Equal(5, world.Mailer.Sent.Count(m => m.Kind == "first-reminder"));
    }

    [Fact]
    public async Task Tick_repeated_starts_nothing_twice()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 9));
        await world.SeedAsync(Settings());

        var first = await world.TickAsync();
        var second = await world.TickAsync();

        Assert.Equal(["weekly-2026-W47"], first.Started);
        Assert.Empty(second.Started);
        Assert.Equal(["weekly-2026-W47"], second.AlreadyStarted);
        Assert.Equal(5, world.Mailer.Sent.Count);
    }

    [Fact]
    public async Task Tick_after_the_monthly_review_was_due_starts_it_with_the_full_approval_delay_from_now()
    {
        await using var world = new VirtualWorld(Paris.At(11, 3, 10), lookback: TimeSpan.FromDays(8));
        await world.SeedAsync(Settings());

        var tick = await world.TickAsync();

        Assert.Contains("review-2026-10", tick.Started);
        var approval = world.Mailer.Sent.Single(m => m.Kind == "pack-approval");
        Assert.Contains("Wednesday 4 November 2026, 10:00", approval.Message.TextBody, StringComparison.Ordinal);
    }
}
