using Microsoft.Extensions.Options;
using Pmo.Local.Composition;
using Pmo.Local.Seeding;

namespace Pmo.Local.Hosting;

/// <summary>Runs once the host has started: seeds an empty store (unless "Seed:DemoPortfolio" is false).</summary>
public sealed partial class StartupTasks(
    IServiceProvider services,
    IOptions<SeedOptions> seed,
    IOptions<LocalOptions> local,
    DataFolder data,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (seed.Value.DemoPortfolio)
        {
            await services.GetRequiredService<PortfolioSeeder>().SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
        }

        LogReady(logger, local.Value.Port, data.Root);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "PMO local host ready on http://localhost:{Port}/api/dashboard (data folder {DataFolder}; admin API key in secrets/admin-api-key)")]
    private static partial void LogReady(ILogger logger, int port, string dataFolder);
}
