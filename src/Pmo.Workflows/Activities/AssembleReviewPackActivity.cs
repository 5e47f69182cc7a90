namespace Pmo.Workflows.Activities;

/// <summary>
/// Takes the month's snapshot, renders the pack in the organisation's language, keeps both, and records the pack as
/// awaiting approval. A retry after that point changes nothing and returns the recorded status.
/// </summary>
public sealed class AssembleReviewPackActivity(IPortfolioStore store, ReviewPackSnapshot snapshots, IReviewPackBuilder builder, IReviewPackArchive archive, TimeProvider time)
    : TaskActivity<MonthlyReviewInput, ReviewPackStatus>
{
    public override async Task<ReviewPackStatus> RunAsync(TaskActivityContext context, MonthlyReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var existing = await store.ReviewPacks.FindAsync(input.Month);
        if (existing is { Value.Status: not (ReviewPackStatus.Assembling or ReviewPackStatus.Failed) })
        {
            return existing.Value.Status;
        }

        var snapshot = await snapshots.LoadAsync(input.Month);
        await archive.SaveSnapshotAsync(snapshot);
        var built = builder.Build(snapshot);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        // The e-mail's HTML points at its charts with cid: URLs, which resolve only inside the e-mail; the kept file
        // (opened in a browser, downloaded from the API) carries them itself.
        await archive.SaveFileAsync(input.Month, "html", System.Text.Encoding.UTF8.GetBytes(built.StandaloneHtml));
        files["html"] = $"pack.html";
        foreach (var file in built.Attachments.Where(a => !a.IsInline))
        {
            if (PackFileKinds.KindOf(file.FileName) is { } kind)
            {
                await archive.SaveFileAsync(input.Month, kind, file.Content);
                files[kind] = file.FileName;
            }
        }

        var pack = new ReviewPack
        {
            Month = input.Month,
            Status = ReviewPackStatus.AwaitingApproval,
            AssembledAt = time.GetUtcNow(),
            ProjectCount = snapshot.Projects.Count(p => p.IsActive),
            Files = files,
        };
        await store.ReviewPacks.UpsertAsync(pack);
        return pack.Status;
    }
}
