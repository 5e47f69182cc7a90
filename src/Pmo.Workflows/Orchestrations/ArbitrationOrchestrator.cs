using Pmo.Workflows.Arbitration;

namespace Pmo.Workflows.Orchestrations;

/// <summary>
/// The arbitration committee's session of one month: open it (agenda = qualified demands ranked), send the pack with
/// each member's vote link, take the votes until the deadline (a reminder to members who have not voted on every
/// demand), then decide each demand, create the approved project of each GO and tell the requesters. The votes are
/// stored by the vote page before it raises the event; the events only tell this orchestration who still has to vote,
/// and the activities read the stored session, which stays the reference.
/// </summary>
public sealed class ArbitrationOrchestrator : TaskOrchestrator<ArbitrationInput, ArbitrationResult>
{
    public override async Task<ArbitrationResult> RunAsync(TaskOrchestrationContext context, ArbitrationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var opened = await context.CallActivityAsync<ArbitrationOpened>(nameof(OpenArbitrationSessionActivity), input, WorkflowRetry.Activity);
        if (opened.Agenda.Count == 0)
        {
            return new ArbitrationResult(input.Month, [], [], false, 0);
        }

        await context.CallActivityAsync<int>(nameof(SendArbitrationMailActivity), new ArbitrationMailInput(input.Month, ArbitrationMailStep.Pack), WorkflowRetry.Activity);
        var ballots = new Ballots(opened);
        await CollectVotesAsync(context, input.Dates.ReminderUtc, ballots);
        var reminded = false;
        if (!ballots.Complete)
        {
            reminded = true;
            await context.CallActivityAsync<int>(nameof(SendArbitrationMailActivity), new ArbitrationMailInput(input.Month, ArbitrationMailStep.Reminder), WorkflowRetry.Activity);
        }

        // Members may change their vote until the deadline, so the session never closes early.
        await CollectVotesAsync(context, input.Dates.DeadlineUtc, ballots);
        var decisions = await context.CallActivityAsync<IReadOnlyList<ArbitrationDecision>>(nameof(DecideArbitrationActivity), input.Month, WorkflowRetry.Activity);
        List<string> created = [];
        foreach (var go in decisions.Where(d => d.Outcome == VoteChoice.Go))
        {
            created.Add(await context.CallActivityAsync<string>(nameof(CreateGoProjectActivity), new GoProjectInput(input.Month, go.DemandId), WorkflowRetry.Activity));
        }

        await context.CallActivityAsync<int>(nameof(AnnounceArbitrationOutcomeActivity), input.Month, WorkflowRetry.Activity);
        return new ArbitrationResult(input.Month, decisions, created, reminded, ballots.EventsReceived);
    }

    /// <summary>
    /// Takes vote events until <paramref name="untilUtc"/>: one timer, one pending event wait at a time. The number of
    /// events taken is bounded (history stays small): past it, later votes are still stored by the page and counted at
    /// the deadline from the store; this orchestration only stops listening and waits for the timer.
    /// </summary>
    private static async Task CollectVotesAsync(TaskOrchestrationContext context, DateTimeOffset untilUtc, Ballots ballots)
    {
        using var stopWaiting = new CancellationTokenSource();
        var timer = context.CreateTimer(untilUtc.UtcDateTime, CancellationToken.None);
        while (ballots.EventsReceived < ballots.EventLimit)
        {
            var vote = context.WaitForExternalEvent<ArbitrationVoteCast>(WorkflowEvents.ArbitrationVoteCast, stopWaiting.Token);
            if (await Task.WhenAny(vote, timer) == timer)
            {
                // Cancel(), not CancelAsync(): callbacks must run on the orchestration's thread (see DeadlineRace).
                stopWaiting.Cancel();
                return;
            }

            ballots.Add(await vote);
        }

        await timer;
    }

    /// <summary>Which member has voted on which demand, as the events tell it.</summary>
    private sealed class Ballots(ArbitrationOpened opened)
    {
        private readonly HashSet<(string Member, string Demand)> _cast = [];

        public int EventsReceived { get; private set; }

        /// <summary>Every member voting on the whole agenda several times over.</summary>
        public int EventLimit => 4 * opened.MemberEmails.Count * Math.Max(1, opened.Agenda.Count) + 16;

        public bool Complete => opened.MemberEmails.All(m => opened.Agenda.All(d => _cast.Contains((m.ToUpperInvariant(), d))));

        public void Add(ArbitrationVoteCast vote)
        {
            EventsReceived++;
            foreach (var demand in vote.DemandIds)
            {
                _cast.Add((vote.MemberEmail.ToUpperInvariant(), demand));
            }
        }
    }
}
