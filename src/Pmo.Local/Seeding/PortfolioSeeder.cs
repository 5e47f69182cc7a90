using Pmo.Domain.Validation;

namespace Pmo.Local.Seeding;

/// <summary>Writes the demo portfolio into an empty store; a store that already holds projects is left alone.</summary>
public sealed partial class PortfolioSeeder(IPortfolioStore store, TimeProvider time, ILogger<PortfolioSeeder> logger)
{
    /// <summary>
    /// Returns the number of projects written (0 when the store was not empty). <paramref name="historyWeek"/> is the
    /// week of the seeded status updates (default: last week; the demo passes the week before its first).
    /// </summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken, IsoWeek? historyWeek = null)
    {
        var existing = await store.Projects.ListAsync(new ProjectQuery { PageSize = 1 }, cancellationToken);
        if (existing.Items.Count > 0)
        {
            LogNotEmpty(logger);
            return 0;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (await store.Settings.FindAsync(cancellationToken) is null)
        {
            await Ignore(store.Settings.SaveAsync(DemoPortfolio.Settings(), ifMatch: null, cancellationToken));
        }

        var week = historyWeek ?? IsoWeek.Containing(today).Previous();
        var history = DemoPortfolio.History(week, time.GetUtcNow()).ToDictionary(u => u.ProjectId, StringComparer.Ordinal);
        var projects = DemoPortfolio.Projects(today);
        foreach (var project in projects)
        {
            // The project carries its latest RAG, as the update service would have set it.
            var latest = history.GetValueOrDefault(project.Id);
            var seeded = latest is null ? project : project with { LatestRag = latest.Overall, LatestUpdateWeek = week };
            await Ignore(store.Projects.CreateAsync(seeded, cancellationToken));
        }

        foreach (var update in history.Values)
        {
            await store.StatusUpdates.UpsertAsync(update, cancellationToken);
        }

        foreach (var risk in DemoPortfolio.Risks(today))
        {
            await store.Risks.UpsertAsync(risk, cancellationToken);
        }

        foreach (var issue in DemoPortfolio.Issues(today))
        {
            await store.Issues.UpsertAsync(issue, cancellationToken);
        }

        foreach (var person in DemoCapacity.People(today))
        {
            await Ignore(store.People.CreateAsync(person, cancellationToken));
        }

        foreach (var allocation in DemoCapacity.Allocations(today))
        {
            await store.Allocations.SetAsync(allocation, cancellationToken);
        }

        foreach (var demand in DemoCapacity.Demands(time.GetUtcNow()))
        {
            await Ignore(store.Demands.CreateAsync(demand, cancellationToken));
        }

        LogSeeded(logger, projects.Count);
        return projects.Count;
    }

    // Two starts racing on a fresh store: whoever writes second finds the document there, which is the goal.
    private static async Task Ignore<T>(Task<T> write)
    {
        try
        {
            await write;
        }
        catch (AlreadyExistsException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo portfolio: {ProjectCount} projects")]
    private static partial void LogSeeded(ILogger logger, int projectCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Store already holds projects; demo portfolio not seeded")]
    private static partial void LogNotEmpty(ILogger logger);
}
