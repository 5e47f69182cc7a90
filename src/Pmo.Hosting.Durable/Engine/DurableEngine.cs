using System.Diagnostics;
using Microsoft.Extensions.Hosting;
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
    private readonly ILogger _logger = loggerFactory.CreateLogger<DurableEngine>();
    private EngineBackend? _backend;
    private SidecarServer? _sidecar;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var settings = options.Value;
        _backend = await EngineBackend.CreateAsync(settings, loggerFactory, cancellationToken);
        _sidecar = await SidecarServer.StartAsync(channel, _backend, loggerFactory, cancellationToken);
        _logger.EngineReady(settings.Backend, settings.TaskHubName, clock.ElapsedMilliseconds);
    }

    /// <summary>Runs before any hosted service stops, while the worker can still complete what it was given.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (_sidecar is null || _backend is null)
        {
            return;
        }

        _sidecar.StopDispatching();
        await _backend.WaitUntilStoppedAsync(options.Value.DrainTimeout, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _sidecar, null) is { } runningSidecar)
        {
            await runningSidecar.DisposeAsync();
        }

        if (Interlocked.Exchange(ref _backend, null) is { } runningBackend)
        {
            await runningBackend.DisposeAsync();
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
