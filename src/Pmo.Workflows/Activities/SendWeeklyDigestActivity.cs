namespace Pmo.Workflows.Activities;

/// <summary>
/// The PMO's Friday digest, the agenda of the weekly operational update: who answered, RAG changes,
/// difficulties, help needed and new topics.
/// </summary>
public sealed class SendWeeklyDigestActivity(IPortfolioStore store, MailDispatcher mail) : TaskActivity<WeeklyCycleResult, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, WeeklyCycleResult input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = await GovernanceView.LoadAsync(store);
        var thisWeek = (await store.StatusUpdates.ListByWeekAsync(input.Week)).ToDictionary(u => u.ProjectId, StringComparer.Ordinal);
        var lastWeek = (await store.StatusUpdates.ListByWeekAsync(input.Week.Previous())).ToDictionary(u => u.ProjectId, StringComparer.Ordinal);
        var projects = (await store.Projects.ListAllAsync()).ToDictionary(p => p.Id, StringComparer.Ordinal);

        var rows = input.Chases
            .OrderBy(c => c.ProjectId, StringComparer.Ordinal)
            .Select(c =>
            {
                var name = projects.TryGetValue(c.ProjectId, out var p) ? p.Name : c.ProjectId;
                thisWeek.TryGetValue(c.ProjectId, out var now);
                lastWeek.TryGetValue(c.ProjectId, out var before);
                return new DigestRow(name, c.Outcome, RagChange(before, now), now?.Difficulties ?? "", now?.HelpNeeded ?? "", now?.NewTopics ?? "");
            })
            .ToList();

        var sent = 0;
        foreach (var pmo in view.Settings.Recipients.Pmo)
        {
            sent += await mail.SendAsync(view.Composer.WeeklyDigest(input.Week, rows, pmo)) ? 1 : 0;
        }

        return sent;
    }

    /// <summary>"Amber → Red", "Green", or "–" when nothing was submitted.</summary>
    private static string RagChange(StatusUpdate? before, StatusUpdate? now) => (before, now) switch
    {
        (_, null) => "–",
        ({ } b, { } n) when b.Overall != n.Overall => $"{b.Overall} → {n.Overall}",
        (_, { } n) => n.Overall.ToString(),
    };
}
