namespace Pmo.Workflows.Arbitration;

/// <summary>E-mails each requester the outcome of their demand (once per demand and session: the message id says so).</summary>
public sealed class AnnounceArbitrationOutcomeActivity(IPortfolioStore store, MailDispatcher mail)
    : TaskActivity<YearMonth, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, YearMonth input)
    {
        var session = (await store.ArbitrationSessions.FindAsync(input))?.Value ?? throw new NotFoundException("ArbitrationSession", input.ToString());
        var view = await GovernanceView.LoadAsync(store);
        var sent = 0;
        foreach (var demandId in session.Agenda)
        {
            var demand = (await store.Demands.FindAsync(demandId))?.Value ?? throw new NotFoundException("Demand", demandId);
            var decision = ArbitrationOutcome.Decide(session, demandId);
            sent += await mail.SendAsync(view.Composer.ArbitrationOutcome(session.Month, demand, decision)) ? 1 : 0;
        }

        return sent;
    }
}
