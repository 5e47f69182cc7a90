using System.Diagnostics;
using Pmo.Application.Links;
using Pmo.Application.Portfolio;
using Pmo.Application.Ports.Workflows;
using Pmo.Application.Submission;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Tests.Support;
using Xunit.Abstractions;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Scenarios;

/// <summary>
/// Five calendar weeks (2026-W41 to W45, across the end of summer time on 25 October) and the October month end,
/// driven on virtual time in 15-minute scheduler ticks. Atlas answers on time, Boréal on time after a reminder (on
/// Thursday, before Friday's deadline), Castor never, Delta turns red twice, Echo asks for a decision that the committee takes through its link; the October pack is approved by
/// timeout and distributed.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class FiveWeeksScenarioTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = Paris.At(10, 5, 0);
    private static readonly DateTimeOffset End = Paris.At(11, 8, 23, 45);
    private static readonly int[] Mondays = [5, 12, 19, 26, 33]; // October days; 33 = 2 November

    [Fact]
    public async Task Five_weeks_and_a_month_end_send_exactly_the_expected_mails_and_record_the_outcomes()
    {
        await using var world = new VirtualWorld(Start);
        await world.SeedAsync(Settings());
        var script = Script();

        var watch = Stopwatch.StartNew();
        for (var t = Start; t <= End; t += TimeSpan.FromMinutes(15))
        {
            await world.AdvanceToAsync(t);
            await world.TickAsync();
            foreach (var act in script.Where(s => s.At == t))
            {
                await act.Run(world);
            }
        }

        watch.Stop();
        output.WriteLine($"5 virtual weeks in {watch.Elapsed.TotalSeconds:F1} s ({5 / watch.Elapsed.TotalSeconds:F1} weeks/s), {world.Mailer.Sent.Count} mails");

        var actual = world.Mailer.Sent.Select(m => $"{Paris.Local(m.SentAtUtc)} {m.Kind} {m.To} {m.Language}").Order().ToList();
        var expected = ExpectedMails().Order().ToList();
        foreach (var missing in expected.Except(actual))
        {
            output.WriteLine($"missing: {missing}");
        }

        foreach (var extra in actual.Except(expected))
        {
            output.WriteLine($"unexpected: {extra}");
        }

        Assert.Equal(expected, actual);

        await AssertOutcomesAsync(world);
    }

    private sealed record Act(DateTimeOffset At, Func<VirtualWorld, Task> Run);

    private static List<Act> Script()
    {
        var acts = new List<Act>();
        for (var i = 0; i < 5; i++)
        {
            var monday = Mondays[i];
            var week = new IsoWeek(2026, 41 + i);
            var (month, day) = monday > 31 ? (11, monday - 31) : (10, monday);
            acts.Add(new(Paris.At(month, day, 14), w => SubmitAsync(w, "ATLAS", week, Rag.Green)));
            acts.Add(new(Paris.At(month, day, 16), w => SubmitAsync(w, "ECHO", week, Rag.Green, week.Week == 44 ? "Shall we switch to the new mobile vendor?" : "")));
            acts.Add(new(Paris.At(month, day + 1, 10), w => SubmitAsync(w, "DELTA", week, week.Week is 42 or 43 ? Rag.Red : Rag.Green)));
            acts.Add(new(Paris.At(month, day + 3, 10), w => SubmitAsync(w, "BOREAL", week, Rag.Amber)));
        }

        // Claire decides on Echo's question through the link of her notice.
        acts.Add(new(Paris.At(10, 27, 11), async w =>
        {
            var notice = w.Mailer.Sent.Single(m => m.To == Claire.Email && m.Message.MessageId.StartsWith("escalation-ECHO-", StringComparison.Ordinal));
            await w.ActAsync(sp => Get<DecisionService>(sp).DecideAsync(notice.Token(), DecisionOutcome.Approve, "Go, within the current budget."));
        }));
        return acts;
    }

    private static async Task SubmitAsync(VirtualWorld world, string projectId, IsoWeek week, Rag rag, string question = "")
    {
        var invite = world.Mailer.Sent.Single(m => m.Message.MessageId == $"chase-{projectId}-{week}-invite");
        var result = await world.ActAsync(sp => Get<UpdateSubmissionService>(sp).SubmitAsync(invite.Token(), Paris.Draft(rag, question)));
        Assert.True(result.Delivered);
    }

    private static T Get<T>(IServiceProvider sp) where T : notnull =>
        (T)sp.GetService(typeof(T))!;

    private static IEnumerable<string> ExpectedMails()
    {
        foreach (var monday in Mondays)
        {
            string Day(int offset, string time)
            {
                var date = new DateTime(2026, 10, 1).AddDays(monday - 1 + offset);
                return $"{date:ddd dd/MM} {time}";
            }

            foreach (var pm in new[] { Alice, Bruno, Chloe, Dan, Eve })
            {
                yield return $"{Day(0, "09:00")} chase-invite {pm.Email} {Code(pm)}";
            }

            yield return $"{Day(2, "12:00")} first-reminder {Bruno.Email} fr";
            yield return $"{Day(2, "12:00")} first-reminder {Chloe.Email} fr";
            yield return $"{Day(3, "17:00")} second-reminder {Chloe.Email} fr";
            yield return $"{Day(3, "17:00")} second-reminder {Sam.Email} fr";
            yield return $"{Day(4, "12:00")} update-missed {Paula.Email} en";
            yield return $"{Day(4, "14:00")} weekly-digest {Paula.Email} en";
        }

        // Castor missed W41 and W42: escalated when W42 is marked missed; never decided.
        yield return $"Fri 16/10 12:00 escalation-notice {Carl.Email} en";
        yield return $"Fri 16/10 12:00 escalation-notice {Claire.Email} fr";
        yield return $"Mon 19/10 12:00 escalation-reminder {Carl.Email} en";
        yield return $"Mon 19/10 12:00 escalation-reminder {Claire.Email} fr";
        yield return $"Fri 23/10 12:00 convene-committee {Hugo.Email} fr";

        // Delta red in W42 and W43: escalated on the W43 answer. Its 7-day SLA crosses the end of summer time:
        // 7 × 24 h after Tuesday 10:00 CEST is Tuesday 09:00 CET.
        yield return $"Tue 20/10 10:00 escalation-notice {Carl.Email} en";
        yield return $"Tue 20/10 10:00 escalation-notice {Claire.Email} fr";
        yield return $"Fri 23/10 10:00 escalation-reminder {Carl.Email} en";
        yield return $"Fri 23/10 10:00 escalation-reminder {Claire.Email} fr";
        yield return $"Tue 27/10 09:00 convene-committee {Hugo.Email} fr";

        // Echo asks for a decision in W44; Claire decides the next morning.
        yield return $"Mon 26/10 16:00 escalation-notice {Carl.Email} en";
        yield return $"Mon 26/10 16:00 escalation-notice {Claire.Email} fr";
        yield return $"Tue 27/10 11:00 decision-recorded {Eve.Email} en";
        yield return $"Tue 27/10 11:00 decision-recorded {Paula.Email} en";

        // October review: assembled on the first business day (Monday 2 November) 07:00, auto-approved 24 h later.
        yield return $"Mon 02/11 07:00 pack-approval {Paula.Email} en";
        yield return $"Tue 03/11 07:00 pack-distribution {Ray.Email} en";
        yield return $"Tue 03/11 07:00 pack-distribution {Rose.Email} fr";
    }

    /// <summary>
    /// Boréal answers on Thursday 10:00, after Wednesday's reminder but before Friday 12:00, the one deadline its PM is
    /// given: the digest, the KPIs (dashboard, API, pack) and the request all call it on time, after a reminder; never late.
    /// </summary>
    private static async Task AssertBorealIsOnTimeAfterAReminderAsync(VirtualWorld world)
    {
        var boreal = (await world.Store.UpdateRequests.FindAsync("BOREAL-2026-W42"))!.Value;
        Assert.Equal((UpdateRequestStatus.Submitted, true, true), (boreal.Status, boreal.AnsweredOnTime, boreal.AnsweredAfterReminder));
        Assert.Equal(DayOfWeek.Thursday, TimeZoneInfo.ConvertTime(boreal.SubmittedAt!.Value, Paris.Zone).DayOfWeek);
        Assert.True(boreal.SubmittedAt < boreal.Deadline);

        var digest = world.Mailer.Sent.Single(m => m.Kind == "weekly-digest" && m.Message.MessageId.StartsWith("weekly-2026-W42-digest", StringComparison.Ordinal)).Message;
        Assert.Contains("5 projects: 4 answered on time (3 before any reminder, 1 after a reminder), 1 missed.", digest.TextBody, StringComparison.Ordinal);
        var answers = digest.TextBody.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l.Split(" | ")[..2]).ToList();
        Assert.Equal(
            [
                ["- Atlas CRM", "on time, before any reminder"], ["- Boréal ERP", "on time, after a reminder"], ["- Castor Data", "missed"],
                ["- Delta Portal", "on time, before any reminder"], ["- Echo Mobile", "on time, before any reminder"],
            ],
            answers);

        var kpis = (await new PortfolioSummaryService(world.Store, TimeProvider.System).SummaryAsync(new IsoWeek(2026, 42))).Kpis;
        Assert.Equal((5, 4, 1, 1, 0.8m), (kpis.UpdatesRequested, kpis.UpdatesOnTime, kpis.UpdatesAfterReminder, kpis.UpdatesMissed, kpis.UpdateCompliance));
    }

    private static string Code(Contact c) => c.Language == Language.Fr ? "fr" : "en";

    private static async Task AssertOutcomesAsync(VirtualWorld world)
    {
        for (var w = 41; w <= 45; w++)
        {
            var week = new IsoWeek(2026, w);
            var cycle = (WeeklyCycleResult)(await world.Instance(InstanceIds.Weekly(week)).Completion)!;
            var outcomes = cycle.Chases.ToDictionary(c => c.ProjectId, c => c.Outcome);
            Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcomes["ATLAS"]);
            Assert.Equal(ChaseOutcome.OnTimeAfterReminder, outcomes["BOREAL"]);
            Assert.Equal(ChaseOutcome.Missed, outcomes["CASTOR"]);
            Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcomes["DELTA"]);
            Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcomes["ECHO"]);
        }

        // The DST week: the same 09:00 invitation is 07:00 UTC in W43 (CEST) and 08:00 UTC in W44 (CET).
        Assert.Equal(7, world.Mailer.Sent.Single(m => m.Message.MessageId == "chase-ATLAS-2026-W43-invite").SentAtUtc.Hour);
        Assert.Equal(8, world.Mailer.Sent.Single(m => m.Message.MessageId == "chase-ATLAS-2026-W44-invite").SentAtUtc.Hour);

        await AssertBorealIsOnTimeAfterAReminderAsync(world);
        Assert.Equal(UpdateRequestStatus.Missed, (await world.Store.UpdateRequests.FindAsync("CASTOR-2026-W45"))!.Value.Status);
        Assert.Equal(Rag.Green, (await world.Store.Projects.FindAsync("DELTA"))!.Value.LatestRag);

        var escalations = (await world.Store.Escalations.ListByStatusAsync(Enum.GetValues<EscalationStatus>())).ToDictionary(e => e.Id);
        Assert.Equal(3, escalations.Count);
        Assert.Equal(EscalationStatus.CommitteeConvened, escalations["CASTOR-2026-W42-missedupdates"].Status);
        Assert.Equal(EscalationStatus.CommitteeConvened, escalations["DELTA-2026-W43-redtwoweeksrunning"].Status);
        Assert.Equal(EscalationStatus.Decided, escalations["ECHO-2026-W44-decisionrequested"].Status);

        var decision = Assert.Single(await world.Store.Decisions.ListByProjectAsync("ECHO"));
        Assert.Equal(DecisionOutcome.Approve, decision.Outcome);
        Assert.Equal(Claire.Email, decision.DecidedBy);
        Assert.Equal("Go, within the current budget.", decision.Rationale);
        Assert.Equal("ECHO-2026-W44-decisionrequested", decision.EscalationId);
        var decided = (EscalationResult)(await world.Instance("escalation-ECHO-2026-W44-decisionrequested").Completion)!;
        Assert.Equal(DecisionOutcome.Approve, decided.Outcome);
        Assert.False(decided.Reminded);

        // Claire's link was used: it cannot act again, nor can Carl's on the decided escalation.
        var carlsNotice = world.Mailer.Sent.Single(m => m.To == Carl.Email && m.Message.MessageId.StartsWith("escalation-ECHO-", StringComparison.Ordinal));
        var again = await Assert.ThrowsAsync<LinkRefusedException>(() =>
            world.Get<DecisionService>().DecideAsync(carlsNotice.Token(), DecisionOutcome.Reject, ""));
        Assert.Equal(LinkRefusal.Closed, again.Reason);

        var review = (MonthlyReviewResult)(await world.Instance("review-2026-10").Completion)!;
        Assert.True(review.AutoApproved);
        Assert.Equal(2, review.Distributed);
        var pack = (await world.Store.ReviewPacks.FindAsync(new YearMonth(2026, 10)))!.Value;
        Assert.Equal(ReviewPackStatus.Distributed, pack.Status);
        Assert.Equal("auto", pack.ApprovedBy);
        Assert.Equal(5, pack.ProjectCount);

        // Every update reached its chase: the outbox is empty.
        Assert.Empty(await world.Store.StatusUpdates.ListUndeliveredAsync());
    }
}
