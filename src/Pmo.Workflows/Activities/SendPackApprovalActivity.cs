namespace Pmo.Workflows.Activities;

/// <summary>Sends the assembled pack to each PMO member with an approval link and the auto-approval time.</summary>
public sealed class SendPackApprovalActivity(IPortfolioStore store, IReviewPackArchive archive, IReviewPackBuilder builder, LinkIssuer links, MailDispatcher mail, TimeProvider time)
    : TaskActivity<MonthlyReviewInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, MonthlyReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = await GovernanceView.LoadAsync(store);
        var packs = new PackMailing(archive, builder);
        var sent = 0;
        foreach (var pmo in view.Settings.Recipients.Pmo)
        {
            var url = links.PackApproval(input.Month, pmo.Email, time.GetUtcNow());
            var message = view.Composer.PackApproval(input.Month, pmo, url, input.Deadlines.AutoApproveUtc, await packs.ForAsync(input.Month, pmo.Language));
            sent += await mail.SendAsync(message) ? 1 : 0;
        }

        return sent;
    }
}
