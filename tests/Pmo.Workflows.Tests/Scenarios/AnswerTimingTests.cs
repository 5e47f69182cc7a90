using Pmo.Application.Ports.Workflows;
using Pmo.Application.Submission;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Scenarios;

/// <summary>
/// "After a reminder" means after a reminder the PM actually received, not after the calendar's first-reminder time: a
/// chase opened late (mid-week, catch-up after downtime) skips the reminders already due, so an answer soon after its
/// invitation is on time before any reminder, in the chase's outcome, on the request (KPIs, pack) and in the digest.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class AnswerTimingTests
{
    private static readonly IsoWeek Week = new(2026, 47);

    [Fact]
    public async Task In_a_chase_opened_after_its_first_reminder_time_only_an_answer_after_the_second_reminder_counts_as_after_a_reminder()
    {
        // Wednesday 18/11 14:00 Paris: the chase opens two hours after its first-reminder time (Wednesday 12:00).
        await using var world = new VirtualWorld(Paris.At(11, 18, 14), lookback: TimeSpan.FromDays(8));
        await world.SeedAsync(Settings());
        await world.TickAsync();

        await world.AdvanceToAsync(Paris.At(11, 18, 16));
        await SubmitAsync(world, "ATLAS", Rag.Green); // Wednesday 16:00: no reminder was ever sent to Alice
        await world.AdvanceToAsync(Paris.At(11, 19, 18));
        await SubmitAsync(world, "BOREAL", Rag.Amber); // Thursday 18:00: after Thursday 17:00's second reminder
        await world.AdvanceToAsync(Paris.At(11, 20, 14, 15));

        var cycle = (WeeklyCycleResult)(await world.Instance(InstanceIds.Weekly(Week)).Completion)!;
        var outcomes = cycle.Chases.ToDictionary(c => c.ProjectId, c => c.Outcome);
        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcomes["ATLAS"]);
        Assert.Equal(ChaseOutcome.OnTimeAfterReminder, outcomes["BOREAL"]);

        var atlas = (await world.Store.UpdateRequests.FindAsync($"ATLAS-{Week}"))!.Value;
        var boreal = (await world.Store.UpdateRequests.FindAsync($"BOREAL-{Week}"))!.Value;
        Assert.Equal((true, false, null), (atlas.AnsweredOnTime, atlas.AnsweredAfterReminder, atlas.FirstRemindedAt));
        Assert.Equal((true, true), (boreal.AnsweredOnTime, boreal.AnsweredAfterReminder));
        Assert.Equal(Paris.At(11, 19, 17), boreal.SecondReminderAt);

        var digest = world.Mailer.Sent.Single(m => m.Kind == "weekly-digest").Message.TextBody;
        Assert.Contains("- Atlas CRM | on time, before any reminder |", digest, StringComparison.Ordinal);
        Assert.Contains("- Boréal ERP | on time, after a reminder |", digest, StringComparison.Ordinal);
    }

    private static async Task SubmitAsync(VirtualWorld world, string projectId, Rag rag)
    {
        var invite = world.Mailer.Sent.Single(m => m.Message.MessageId == $"chase-{projectId}-{Week}-invite");
        var result = await world.ActAsync(sp => ((UpdateSubmissionService)sp.GetService(typeof(UpdateSubmissionService))!).SubmitAsync(invite.Token(), Paris.Draft(rag)));
        Assert.True(result.Delivered);
    }
}
