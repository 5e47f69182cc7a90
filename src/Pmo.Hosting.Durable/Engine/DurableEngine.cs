using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// Starts the backend (and Azurite) and the sidecar before the SDK worker starts, and stops them after it stopped:
/// it is registered ahead of the worker, and hosted services stop in reverse order.
/// </summary>
internal sealed class DurableEngine(IOptions<DurableEngineOptions> options, SidecarChannel channel, ILoggerFactory loggerFactory)
    : IHostedService, IAsyncDisposable
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
}
