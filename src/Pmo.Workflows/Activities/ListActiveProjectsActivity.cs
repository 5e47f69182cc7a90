namespace Pmo.Workflows.Activities;

/// <summary>The ids of the projects to chase this week (active phases), ordered by id.</summary>
public sealed class ListActiveProjectsActivity(IPortfolioStore store) : TaskActivity<IsoWeek, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, IsoWeek input) =>
        [.. (await store.Projects.ListActiveAsync()).Select(p => p.Id)];
}
