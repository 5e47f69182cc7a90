using Pmo.Hosting.Durable.Testing;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Orchestrations;

/// <summary>An activity retried after a mail failure does not send its e-mails twice.</summary>
[Collection(SerialCollection.Name)]
public sealed class MailRetryTests
{
    [Fact]
    public async Task Second_reminder_when_the_sponsors_mail_fails_once_is_retried_and_nobody_gets_it_twice()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        world.Mailer.FailOnce["chase-CASTOR-2026-W47-reminder2-sam-at-acme.example"] = true;

        await world.AdvanceToAsync(Paris.At(11, 19, 17, 15));

        var failed = Assert.Single(world.Harness.Actions.OfType<TaskAttemptFailed>());
        Assert.Equal("ChaseStepActivity", failed.Name);
        var reminders = world.Mailer.Sent
            .Where(m => m.Message.MessageId.StartsWith("chase-CASTOR-2026-W47-reminder2", StringComparison.Ordinal))
            .Select(m => m.To).Order().ToList();
        Assert.Equal([Chloe.Email, Sam.Email], reminders);
        Assert.Equal("Thu 19/11 17:00", Paris.Local(world.Mailer.Sent.Single(m => m.Kind == "second-reminder" && m.To == Chloe.Email).SentAtUtc));
        Assert.Equal("Thu 19/11 17:00", Paris.Local(world.Mailer.Sent.Single(m => m.Kind == "second-reminder" && m.To == Sam.Email).SentAtUtc));
    }

    [Fact]
    public async Task Opening_the_same_chase_again_sends_nothing()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        var before = world.Mailer.Sent.Count;
        var chase = world.Instance("chase-ATLAS-2026-W47");
        var opening = chase.ActivityCalls("OpenChaseActivity").Single();

        // What a retry after a lost acknowledgement does: run the same activity with the same input again.
        var activity = ActivatorUtilitiesFor<Activities.OpenChaseActivity>(world);
        var opened = await activity.RunAsync(null!, opening.InputAs<Activities.ChaseOpening>()!);

        Assert.Equal(Domain.Portfolio.UpdateRequestStatus.Sent, opened.Status);
        Assert.Equal(before, world.Mailer.Sent.Count);
    }

    [Fact]
    public async Task Sending_the_same_step_again_sends_nothing()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        await world.AdvanceToAsync(Paris.At(11, 18, 12, 15));
        var before = world.Mailer.Sent.Count;
        var chase = world.Instance("chase-ATLAS-2026-W47");
        var reminder = chase.ActivityCalls("ChaseStepActivity").Single();

        // The first reminder again: the step is already recorded and its e-mail already sent.
        var activity = ActivatorUtilitiesFor<Activities.ChaseStepActivity>(world);
        var escalations = await activity.RunAsync(null!, reminder.InputAs<Activities.ChaseStepInput>()!);

        Assert.Empty(escalations);
        Assert.Equal(before, world.Mailer.Sent.Count);
        Assert.Equal(Domain.Portfolio.UpdateRequestStatus.Reminded, (await world.Store.UpdateRequests.FindAsync("ATLAS-2026-W47"))!.Value.Status);
    }

    private static T ActivatorUtilitiesFor<T>(VirtualWorld world) =>
        Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<T>(world.Services);
}
