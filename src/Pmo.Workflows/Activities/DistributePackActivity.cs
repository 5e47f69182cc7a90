namespace Pmo.Workflows.Activities;

/// <summary>Sends the approved pack to every review board member in their language, then records it distributed.</summary>
public sealed class DistributePackActivity(IPortfolioStore store, IReviewPackArchive archive, IReviewPackBuilder builder, MailDispatcher mail, TimeProvider time)
    : TaskActivity<YearMonth, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, YearMonth input)
    {
        var view = await GovernanceView.LoadAsync(store);
        var packs = new PackMailing(archive, builder);
        var board = view.Settings.Recipients.ReviewBoard;
        foreach (var member in board)
        {
            await mail.SendAsync(view.Composer.PackDistribution(input, member, await packs.ForAsync(input, member.Language)));
        }

        for (var attempt = 1; ; attempt++)
        {
            var pack = await store.ReviewPacks.FindAsync(input) ?? throw new NotFoundException("Review pack", input.ToString());
            if (pack.Value.Status == ReviewPackStatus.Distributed)
            {
                break;
            }

            try
            {
                await store.ReviewPacks.ReplaceAsync(pack.Value with { Status = ReviewPackStatus.Distributed, DistributedAt = time.GetUtcNow() }, pack.ETag);
                break;
            }
            catch (ConcurrencyException) when (attempt < 5)
            {
            }
        }

        return board.Count;
    }
}
