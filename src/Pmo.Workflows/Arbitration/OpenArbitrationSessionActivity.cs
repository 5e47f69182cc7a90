namespace Pmo.Workflows.Arbitration;

/// <summary>
/// Opens the month's session once: agenda = the qualified demands ranked by weighted score, members, chair and rule
/// from the intake settings, deadline = the session's time. Then moves each agenda demand to InArbitration. A retry
/// finds the session stored and only finishes the moves. With nothing to decide (no qualified demand) or nobody to
/// decide it (the committee was emptied since the tick), no session is stored and the agenda comes back empty: the
/// orchestration ends without a mail, and the history holds only sessions the committee actually held.
/// </summary>
public sealed class OpenArbitrationSessionActivity(IPortfolioStore store, TimeProvider time)
    : TaskActivity<ArbitrationInput, ArbitrationOpened>
{
    public const string Actor = "PMO calendar";

    public override async Task<ArbitrationOpened> RunAsync(TaskActivityContext context, ArbitrationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = (await store.ArbitrationSessions.FindAsync(input.Month))?.Value ?? await CreateAsync(input);
        if (session is null)
        {
            return new ArbitrationOpened(input.Month, [], []);
        }

        var now = time.GetUtcNow();
        foreach (var id in session.Agenda)
        {
            await DemandMoves.MoveAsync(store.Demands, id, DemandStatus.Qualified, DemandStatus.InArbitration, DemandActor.Pmo, Actor, now);
        }

        return new ArbitrationOpened(input.Month, session.Agenda, [.. ArbitrationMembers.Of(session).Select(m => m.Email)]);
    }

    private async Task<ArbitrationSession?> CreateAsync(ArbitrationInput input)
    {
        var settings = await store.Settings.GetOrDefaultAsync();
        var intake = settings.Intake;
        var committee = intake.ArbitrationCommittee;
        if (committee.Count == 0)
        {
            return null;
        }

        var ranked = DemandRanking.Rank(await store.Demands.ListByStatusAsync([DemandStatus.Qualified]), settings.PriorityWeights);
        if (ranked.Count == 0)
        {
            return null;
        }

        var session = new ArbitrationSession
        {
            Id = ArbitrationSessionIds.For(input.Month),
            Month = input.Month,
            Members = committee,
            Chair = intake.Chair ?? committee[0],
            Rule = intake.Rule,
            Agenda = [.. ranked.Select(r => r.Demand.Id)],
            DeadlineUtc = input.Dates.DeadlineUtc,
        };

        try
        {
            return (await store.ArbitrationSessions.CreateAsync(session)).Value;
        }
        catch (AlreadyExistsException)
        {
            // Another attempt created it first: its agenda is the one the members received.
            return (await store.ArbitrationSessions.FindAsync(input.Month))!.Value;
        }
    }
}
