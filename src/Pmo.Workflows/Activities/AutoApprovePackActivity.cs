namespace Pmo.Workflows.Activities;

/// <summary>
/// The approval delay ran out: approve the pack as "auto" unless the PMO approved it meanwhile.
/// Returns who approved it (so the orchestration reports a PMO approval that raced the timer).
/// </summary>
public sealed class AutoApprovePackActivity(IPortfolioStore store, TimeProvider time) : TaskActivity<YearMonth, string>
{
    public const string Auto = "auto";

    public override async Task<string> RunAsync(TaskActivityContext context, YearMonth input)
    {
        for (var attempt = 1; ; attempt++)
        {
            var pack = await store.ReviewPacks.FindAsync(input) ?? throw new NotFoundException("Review pack", input.ToString());
            if (pack.Value.Status != ReviewPackStatus.AwaitingApproval)
            {
                return pack.Value.ApprovedBy;
            }

            try
            {
                await store.ReviewPacks.ReplaceAsync(
                    pack.Value with { Status = ReviewPackStatus.Approved, ApprovedBy = Auto, ApprovedAt = time.GetUtcNow() }, pack.ETag);
                return Auto;
            }
            catch (ConcurrencyException) when (attempt < 5)
            {
            }
        }
    }
}
