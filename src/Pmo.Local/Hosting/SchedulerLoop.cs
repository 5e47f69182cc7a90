using Microsoft.Extensions.Options;

namespace Pmo.Local.Hosting;

/// <summary>
/// The local stand-in for the Azure timer trigger: runs the scheduler tick at start (which also relays undelivered
/// submissions) and then every "Local:SchedulerTickSeconds". A failed tick is logged and retried at the next one.
/// </summary>
public sealed partial class SchedulerLoop(IServiceScopeFactory scopes, IOptions<LocalOptions> options, TimeProvider time, ILogger<SchedulerLoop> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SchedulerTickSeconds), time);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope)
            {
                await scope.ServiceProvider.GetRequiredService<SchedulerTick>().RunAsync(stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogTickFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduler tick failed; retrying at the next tick")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduler disabled (Local:SchedulerEnabled=false): calendar events run only through /api/local/run-now")]
    private static partial void LogDisabled(ILogger logger);
}
