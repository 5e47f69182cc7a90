namespace Pmo.Application.Intake;

/// <summary>
/// The e-mail to a requester whose demand the PMO returned: the PMO's comment and a link to amend it, in the requester's
/// language. Its message id names the return (the demand's history length), so a retried return never mails twice.
/// </summary>
public sealed class DemandReturnNotice(IPortfolioStore store, LinkIssuer links, MailDispatcher dispatcher, TimeProvider clock)
{
    public async Task SendAsync(Demand demand, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var view = await GovernanceView.LoadAsync(store, cancellationToken);
        var url = links.IntakeAmend(demand.Id, demand.Requester.Email, clock.GetUtcNow());
        await dispatcher.SendAsync(view.Composer.DemandReturned(demand, url), cancellationToken);
    }
}
