using Pmo.Hosting.Durable.Testing;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Orchestrations;

/// <summary>An activity retried after a mail failure does not send its e-mails twice.</summary>
[Collection(SerialCollection.Name)]
public sealed class MailRetryTests
{
    [Fact]
    public async Task SecondReminder_WhenTheSponsorsMailFailsOnce_IsRetried_AndNobodyGetsItTwice()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        world.Mailer.FailOnce["chase-CASTOR-2026-W47-reminder2-sam-at-acme.example"] = true;

        await world.AdvanceToAsync(Paris.At(11, 19, 17, 15));

        var failed = Assert.Single(world.Harness.Actions.OfType<TaskAttemptFailed>());
        Assert.Equal("SendChaseMailActivity", failed.Name);
        var reminders = world.Mailer.Sent
            .Where(m => m.Message.MessageId.StartsWith("chase-CASTOR-2026-W47-reminder2", StringComparison.Ordinal))
            .Select(m => m.To).Order().ToList();
        Assert.Equal([Chloe.Email, Sam.Email], reminders);
        Assert.Equal("Thu 19/11 17:00", Paris.Local(world.Mailer.Sent.Single(m => m.Kind == "second-reminder" && m.To == Chloe.Email).SentAtUtc));
        Assert.Equal("Thu 19/11 17:00", Paris.Local(world.Mailer.Sent.Single(m => m.Kind == "second-reminder" && m.To == Sam.Email).SentAtUtc));
    }

    [Fact]
    public async Task SendingTheSameStepAgain_SendsNothing()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        var before = world.Mailer.Sent.Count;
        var chase = world.Instance("chase-ATLAS-2026-W47");
        var invite = chase.ActivityCalls("SendChaseMailActivity").Single();

        // What a retry after a lost acknowledgement does: run the same activity with the same input again.
        var activity = ActivatorUtilitiesFor<Activities.SendChaseMailActivity>(world);
        var sent = await activity.RunAsync(null!, invite.InputAs<Activities.ChaseMailInput>()!);

        Assert.Equal(0, sent);
        Assert.Equal(before, world.Mailer.Sent.Count);
    }

    private static T ActivatorUtilitiesFor<T>(VirtualWorld world) =>
        Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<T>(world.Services);
}
