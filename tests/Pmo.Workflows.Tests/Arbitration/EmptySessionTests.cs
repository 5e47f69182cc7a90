using Pmo.Application.Arbitration;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Intake;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Arbitration.ArbitrationWorld;

namespace Pmo.Workflows.Tests.Arbitration;

/// <summary>
/// The months a PMO does not convene the arbitration committee: no committee named (nobody could vote), or nothing
/// qualified to decide. No pack, no stored session in the history, the demands untouched.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class EmptySessionTests
{
    [Fact]
    public async Task Without_a_committee_the_tick_opens_no_session_and_the_qualified_demands_wait_untouched()
    {
        await using var world = new VirtualWorld(PackSent.AddMinutes(-10));
        var settings = TestPortfolio.Settings();
        await world.SeedAsync(settings);
        await world.Store.Demands.CreateAsync(Demand("ALPHA", 5));

        await world.AdvanceToAsync(PackSent);
        var atPack = await world.TickAsync();
        await world.AdvanceToAsync(Deadline.AddMinutes(15));
        var atDeadline = await world.TickAsync();

        Assert.DoesNotContain(InstanceIds.Arbitration(December), atPack.Started.Concat(atPack.AlreadyStarted).Concat(atPack.SkippedTooLate));
        Assert.DoesNotContain(InstanceIds.Arbitration(December), atDeadline.Started.Concat(atDeadline.AlreadyStarted).Concat(atDeadline.SkippedTooLate));
        Assert.Null(await world.Store.ArbitrationSessions.FindAsync(December));
        Assert.Equal(DemandStatus.Qualified, (await world.Store.Demands.FindAsync("ALPHA"))!.Value.Status);
        Assert.DoesNotContain(world.Mailer.Sent, m => m.Kind.StartsWith("arbitration-", StringComparison.Ordinal));
        Assert.Null(ArbitrationSchedule.For(settings, December, PackSent));
        Assert.Empty(ArbitrationSchedule.Shown(settings, PackSent.AddDays(-30), Deadline.AddDays(30)));
    }

    [Fact]
    public async Task With_a_committee_but_no_qualified_demand_the_session_ends_at_once_storing_nothing_and_mailing_nobody()
    {
        await using var world = new VirtualWorld(PackSent.AddMinutes(-10));
        await world.SeedAsync(Settings());
        await world.Store.Demands.CreateAsync(Demand("DRAFT", 5) with { Status = DemandStatus.Submitted });

        await world.AdvanceToAsync(PackSent);
        var tick = await world.TickAsync();
        var result = await Session(world).ResultAsync();

        Assert.Contains(InstanceIds.Arbitration(December), tick.Started);
        Assert.Empty(result.Decisions);
        Assert.Null(await world.Store.ArbitrationSessions.FindAsync(December));
        Assert.Equal(DemandStatus.Submitted, (await world.Store.Demands.FindAsync("DRAFT"))!.Value.Status);
        Assert.DoesNotContain(world.Mailer.Sent, m => m.Kind.StartsWith("arbitration-", StringComparison.Ordinal));
    }
}
