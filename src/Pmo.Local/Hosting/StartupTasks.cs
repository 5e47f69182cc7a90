using Microsoft.Extensions.Options;

namespace Pmo.Local.Hosting;

/// <summary>
/// Runs once the host has started: seeds an empty store (unless "Seed:DemoPortfolio" is false), then says where the
/// host is once it listens, and what it does when asked to stop (the lines a person at the terminal needs).
/// </summary>
public sealed partial class StartupTasks(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    IOptions<SeedOptions> seed,
    IOptions<LocalOptions> local,
    DataFolder data,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (seed.Value.DemoPortfolio)
        {
            await services.GetRequiredService<PortfolioSeeder>().SeedIfEmptyAsync(cancellationToken);
        }

        // Hosted services start before the server listens: "ready" waits for the server.
        lifetime.ApplicationStarted.Register(() => LogReady(logger, local.Value.Port, data.Root));
        lifetime.ApplicationStopping.Register(() => LogStopping(logger));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "PMO local host ready on http://localhost:{Port}/api/dashboard (data folder {DataFolder}, admin API key in its secrets/admin-api-key; Ctrl+C stops)")]
    private static partial void LogReady(ILogger logger, int port, string dataFolder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: finishing the work in flight, then the engine and Azurite")]
    private static partial void LogStopping(ILogger logger);
}
