using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Orchestrations;

/// <summary>A chase opened after some of its deadlines (first start mid-week, catch-up after downtime).</summary>
[Collection(SerialCollection.Name)]
public sealed class LateChaseTests
{
    [Fact]
    public async Task Chase_OpenedAfterTheFirstReminderTime_SendsOnlyTheInvitation_ThenTheSecondReminderOnTime()
    {
        // Wednesday 18/11 14:00 Paris: the week's chase opens two hours after its first-reminder time.
        await using var world = new VirtualWorld(Paris.At(11, 18, 14), lookback: TimeSpan.FromDays(8));
        await world.SeedAsync(Settings());
        await world.TickAsync();
        await world.AdvanceToAsync(Paris.At(11, 18, 15));

        var toAlice = world.Mailer.Sent.Where(m => m.To == Alice.Email).ToList();
        var invite = Assert.Single(toAlice);
        Assert.Equal("chase-invite", invite.Kind);

        await world.AdvanceToAsync(Paris.At(11, 19, 17, 15));

        var kinds = world.Mailer.Sent.Where(m => m.To == Alice.Email).Select(m => m.Kind).ToList();
        Assert.Equal(["chase-invite", "second-reminder"], kinds);
        Assert.Equal("Thu 19/11 17:00", Paris.Local(world.Mailer.Sent.Single(m => m.To == Alice.Email && m.Kind == "second-reminder").SentAtUtc));
    }
}
