using Microsoft.Azure.Functions.Worker;
using Pmo.Functions.Tests.Infrastructure;
using Pmo.Functions.Timers;

namespace Pmo.Functions.Tests.Timers;

/// <summary>The timer function on a fake clock: the calendar decides what is due; the tick starts it once.</summary>
public sealed class SchedulerTickFunctionTests
{
    // Monday 30 November 2026, 09:05 in Paris (08:05 UTC): the weekly chase of 2026-W49 opened five minutes ago.
    private static readonly DateTimeOffset MondayAfterOpening = new(2026, 11, 30, 8, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_tick_after_the_chase_opens_starts_the_weeks_cycle_under_its_deterministic_id()
    {
        await using var host = new FunctionsTestHost(MondayAfterOpening);

        await TickAsync(host);

        var started = Assert.Single(host.Durable.Scheduled);
        Assert.Equal("WeeklyCycleOrchestrator", started.Name);
        Assert.Equal("weekly-2026-W49", started.InstanceId);
    }

    [Fact]
    public async Task A_second_tick_finds_the_cycle_running_and_starts_nothing_more()
    {
        await using var host = new FunctionsTestHost(MondayAfterOpening);

        await TickAsync(host);
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        await TickAsync(host);

        Assert.Single(host.Durable.Scheduled);
    }

    [Fact]
    public async Task A_tick_before_the_chase_opens_starts_nothing()
    {
        await using var host = new FunctionsTestHost(MondayAfterOpening - TimeSpan.FromMinutes(10));

        await TickAsync(host);

        Assert.Empty(host.Durable.Scheduled);
    }

    private static async Task TickAsync(FunctionsTestHost host)
    {
        await using var scope = host.NewInvocation();
        var function = new FakeFunctionContext("SchedulerTick", scope.ServiceProvider);
        await SchedulerTickFunction.Run(new TimerInfo(), host.Durable, function);
    }
}
