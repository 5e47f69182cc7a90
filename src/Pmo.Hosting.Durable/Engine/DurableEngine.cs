using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// Starts the backend (and Azurite) and the sidecar before the SDK worker starts; registered ahead of the worker,
/// and hosted services start in order. On shutdown it first drains the sidecar while the worker still runs (so work
/// items in flight complete and leases are released), then, after the worker stopped, stops the sidecar and Azurite.
/// </summary>
internal sealed class DurableEngine(IOptions<DurableEngineOptions> options, SidecarChannel channel, ILoggerFactory loggerFactory)
    : IHostedLifecycleService, IAsyncDisposable
{
    private readonly ILogger logger = loggerFactory.CreateLogger<DurableEngine>();
    private EngineBackend? backend;
    private SidecarServer? sidecar;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var settings = options.Value;
        backend = await EngineBackend.CreateAsync(settings, loggerFactory, cancellationToken);
        sidecar = await SidecarServer.StartAsync(channel.SocketPath, backend, loggerFactory, cancellationToken);
        logger.EngineReady(settings.Backend, settings.TaskHubName, clock.ElapsedMilliseconds);
    }

    /// <summary>Runs before any hosted service stops, while the worker can still complete what it was given.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (sidecar is null || backend is null)
        {
            return;
        }

        sidecar.StopDispatching();
        await backend.WaitUntilStoppedAsync(options.Value.DrainTimeout, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref sidecar, null) is { } runningSidecar)
        {
            await runningSidecar.DisposeAsync();
        }

        if (Interlocked.Exchange(ref backend, null) is { } runningBackend)
        {
            await runningBackend.DisposeAsync();
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
