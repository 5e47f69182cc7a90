namespace Pmo.Workflows.Arbitration;

/// <summary>
/// Opens the month's session once: agenda = the qualified demands ranked by weighted score, members, chair and rule
/// from the intake settings, deadline = the session's time. Then moves each agenda demand to InArbitration. A retry
/// finds the session stored and only finishes the moves.
/// </summary>
public sealed class OpenArbitrationSessionActivity(IPortfolioStore store, TimeProvider time)
    : TaskActivity<ArbitrationInput, ArbitrationOpened>
{
    public const string Actor = "PMO calendar";

    public override async Task<ArbitrationOpened> RunAsync(TaskActivityContext context, ArbitrationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = (await store.ArbitrationSessions.FindAsync(input.Month))?.Value ?? await CreateAsync(input);
        var now = time.GetUtcNow();
        foreach (var id in session.Agenda)
        {
            await DemandMoves.MoveAsync(store.Demands, id, DemandStatus.Qualified, DemandStatus.InArbitration, DemandActor.Pmo, Actor, now);
        }

        return new ArbitrationOpened(input.Month, session.Agenda, [.. ArbitrationMembers.Of(session).Select(m => m.Email)]);
    }

    private async Task<ArbitrationSession> CreateAsync(ArbitrationInput input)
    {
        var settings = await store.Settings.GetOrDefaultAsync();
        var intake = settings.Intake;
        var committee = intake.ArbitrationCommittee;

        // Without a committee nobody can vote: the session is kept (the history shows it) with an empty agenda.
        var ranked = committee.Count == 0
            ? []
            : DemandRanking.Rank(await store.Demands.ListByStatusAsync([DemandStatus.Qualified]), settings.PriorityWeights);
        var session = new ArbitrationSession
        {
            Id = ArbitrationSessionIds.For(input.Month),
            Month = input.Month,
            Members = committee,
            Chair = intake.Chair ?? (committee.Count > 0 ? committee[0] : new Domain.Primitives.Contact("", "")),
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
