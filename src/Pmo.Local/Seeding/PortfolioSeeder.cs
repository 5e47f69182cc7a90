using Microsoft.Extensions.Logging;
using Pmo.Domain.Storage;
using Pmo.Domain.Validation;

namespace Pmo.Local.Seeding;

/// <summary>Writes the demo portfolio into an empty store; a store that already holds projects is left alone.</summary>
public sealed partial class PortfolioSeeder(IPortfolioStore store, TimeProvider time, ILogger<PortfolioSeeder> logger)
{
    /// <summary>Returns the number of projects written (0 when the store was not empty).</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var existing = await store.Projects.ListAsync(new ProjectQuery { PageSize = 1 }, cancellationToken).ConfigureAwait(false);
        if (existing.Items.Count > 0)
        {
            LogNotEmpty(logger);
            return 0;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (await store.Settings.FindAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            await Ignore(store.Settings.SaveAsync(DemoPortfolio.Settings(), ifMatch: null, cancellationToken)).ConfigureAwait(false);
        }

        var projects = DemoPortfolio.Projects(today);
        foreach (var project in projects)
        {
            await Ignore(store.Projects.CreateAsync(project, cancellationToken)).ConfigureAwait(false);
        }

        foreach (var risk in DemoPortfolio.Risks(today))
        {
            await store.Risks.UpsertAsync(risk, cancellationToken).ConfigureAwait(false);
        }

        foreach (var issue in DemoPortfolio.Issues(today))
        {
            await store.Issues.UpsertAsync(issue, cancellationToken).ConfigureAwait(false);
        }

        LogSeeded(logger, projects.Count);
        return projects.Count;
    }

    // Two starts racing on a fresh store: whoever writes second finds the document there, which is the goal.
    private static async Task Ignore<T>(Task<T> write)
    {
        try
        {
            await write.ConfigureAwait(false);
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
