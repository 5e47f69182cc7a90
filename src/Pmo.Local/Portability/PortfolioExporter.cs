namespace Pmo.Local.Portability;

/// <summary>Reads every document of the store into a <see cref="PortfolioDocument"/>, project by project.</summary>
public sealed class PortfolioExporter(IPortfolioStore store, TimeProvider time)
{
    public async Task<PortfolioDocument> ExportAsync(CancellationToken ct)
    {
        var projects = await store.Projects.ListAllAsync(ct);
        var updates = new List<Domain.Portfolio.StatusUpdate>();
        var requests = new List<Domain.Portfolio.UpdateRequest>();
        var risks = new List<Domain.Portfolio.Risk>();
        var issues = new List<Domain.Portfolio.ProjectIssue>();
        var decisions = new List<Domain.Portfolio.Decision>();
        var escalations = new List<Domain.Portfolio.Escalation>();
        foreach (var project in projects)
        {
            updates.AddRange(await store.StatusUpdates.ListByProjectAsync(project.Id, cancellationToken: ct));
            requests.AddRange(await store.UpdateRequests.ListRecentByProjectAsync(project.Id, int.MaxValue, ct));
            risks.AddRange(await store.Risks.ListByProjectAsync(project.Id, ct));
            issues.AddRange(await store.Issues.ListByProjectAsync(project.Id, ct));
            decisions.AddRange(await store.Decisions.ListByProjectAsync(project.Id, ct));
            escalations.AddRange(await store.Escalations.ListByProjectAsync(project.Id, ct));
        }

        var settings = await store.Settings.FindAsync(ct);
        return new PortfolioDocument
        {
            ExportedAt = time.GetUtcNow(),
            Settings = settings?.Value,
            Projects = projects,
            StatusUpdates = updates,
            UpdateRequests = requests.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(),
            Risks = risks,
            Issues = issues,
            Decisions = decisions,
            Escalations = escalations,
            ReviewPacks = (await store.ReviewPacks.ListRecentAsync(int.MaxValue, ct)).OrderBy(p => p.Month).ToList(),
            People = await store.People.ListAllAsync(ct),
            Allocations = await store.Allocations.ListAsync(new AllocationQuery(), ct),
        };
    }
}
