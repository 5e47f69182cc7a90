using Pmo.Application.Arbitration;
using Pmo.Application.Mail;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Intake;
using Pmo.Workflows.Arbitration;
using Pmo.Workflows.Orchestrations;

namespace Pmo.Local.Demo;

/// <summary>
/// The simulated arbitration committee of the demo's first week: the session opens on Monday 14:00 (virtual) with
/// the qualified demands on its agenda, two members vote on Tuesday, the third only once Wednesday's reminder has
/// reached them (as a real member would: on a slow machine the engine's reminder timer may fire late), and votes close on Thursday 14:00. The best-ranked demand gets a GO (its approved project joins the next weekly
/// cycle), the other a NO-GO. Votes go through the vote page's service with each member's signed link.
/// </summary>
public sealed class ArbitrationCommittee(
    IPortfolioStore store, LinkIssuer links, ArbitrationVoteService votes, MailDispatcher mail, DemoTimeline timeline, DemoProgress progress)
{
    private readonly Dictionary<string, DateTimeOffset> _decided = new(StringComparer.Ordinal);

    /// <summary>The virtual time an arbitration decision was taken at, when it is one of this session's.</summary>
    public DateTimeOffset? ShownTime(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return _decided.TryGetValue(decision.Id, out var at) ? at : null;
    }

    /// <summary>The session's instants in virtual time, from the Monday the week's chase opens.</summary>
    public static ArbitrationDates VirtualDates(WeekDeadlines week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var packSent = week.ChaseOpensUtc + TimeSpan.FromHours(5);
        return new ArbitrationDates(YearMonth.Of(DateOnly.FromDateTime(packSent.UtcDateTime)), packSent, packSent + TimeSpan.FromDays(2), packSent + TimeSpan.FromDays(3));
    }

    /// <summary>Starts the session (call once the week's clock is set), votes, and returns the orchestration's id.</summary>
    public async Task<string> RunAsync(WorkflowRunner runner, WeekDeadlines week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var shown = VirtualDates(week);
        var real = new ArbitrationDates(shown.Month, timeline.Clock.ToReal(shown.PackSentUtc), timeline.Clock.ToReal(shown.ReminderUtc), timeline.Clock.ToReal(shown.SessionUtc));
        await timeline.UntilAsync(shown.PackSentUtc, ct);
        var (instance, _) = await runner.StartArbitrationAsync(new ArbitrationInput(shown.Month, real), ct);
        var session = await WaitForSessionAsync(shown.Month, ct);
        progress.Line(shown.PackSentUtc, $"Arbitration session {shown.Month}: {session.Agenda.Count} qualified demands, pack and vote links sent to {ArbitrationMembers.Of(session).Count} members");

        var members = ArbitrationMembers.Of(session);
        var tuesday = shown.PackSentUtc + TimeSpan.FromHours(20);
        await Task.WhenAll(members.Select((m, i) => i < members.Count - 1
            ? VoteAsync(session, m, tuesday, i, real.DeadlineUtc, ct)
            : VoteAfterReminderAsync(session, m, shown.ReminderUtc + TimeSpan.FromHours(19), i, real.DeadlineUtc, ct)));
        foreach (var demandId in session.Agenda)
        {
            _decided[DecideArbitrationActivity.DecisionId(shown.Month, demandId)] = shown.SessionUtc;
        }

        return instance;
    }

    private async Task VoteAfterReminderAsync(ArbitrationSession session, Contact member, DateTimeOffset at, int index, DateTimeOffset realDeadline, CancellationToken ct)
    {
        var reminder = MailIds.For($"{InstanceIds.Arbitration(session.Month)}-reminder", member.Email);
        await UntilAsync(() => mail.WasSentAsync(reminder, ct), ct);
        await VoteAsync(session, member, at, index, realDeadline, ct);
    }

    /// <summary>The first-ranked demand wins everyone's GO; the others get a GO from the last member only: NO-GO by majority.</summary>
    private async Task VoteAsync(ArbitrationSession session, Contact member, DateTimeOffset at, int index, DateTimeOffset realDeadline, CancellationToken ct)
    {
        await timeline.UntilAsync(at, ct);
        var ballots = session.Agenda
            .Select((demand, rank) => rank == 0 || index == ArbitrationMembers.Of(session).Count - 1
                ? new BallotInput(demand, VoteChoice.Go, rank == 0 ? "Strong business case; fits the budget." : "Worth doing later.")
                : new BallotInput(demand, VoteChoice.NoGo, "Not this year: the data team is over-allocated."))
            .ToList();
        var url = links.ArbitrationVote(session.Month, member.Email, realDeadline);
        var token = Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);
        try
        {
            await votes.VoteAsync(token, ballots, ct);
        }
        catch (LinkRefusedException ex)
        {
            // Only on a machine so slow that votes closed first: the page refuses, as it would a real member.
            progress.Line(at, $"{member.Name} votes too late: {ex.Message}");
            return;
        }

        progress.Line(at, $"{member.Name} votes: " + string.Join(", ", ballots.Select(b => $"{b.DemandId} {DecideArbitrationActivity.Label(b.Choice)}")));
    }

    // The session is stored by the orchestration's first activity, a moment after it starts.
    private async Task<ArbitrationSession> WaitForSessionAsync(YearMonth month, CancellationToken ct)
    {
        ArbitrationSession? session = null;
        await UntilAsync(async () => (session = (await store.ArbitrationSessions.FindAsync(month, ct))?.Value) is not null, ct);
        return session!;
    }

    // What the simulated people react to is stored by the engine's activities, which have no completion event the
    // demo can await; a short poll stands in for the person checking their mailbox. The demo's own cancellation
    // (Ctrl+C) bounds it.
    private static async Task UntilAsync(Func<Task<bool>> done, CancellationToken ct)
    {
        while (!await done())
        {
            await Task.Delay(50, ct);
        }
    }
}
