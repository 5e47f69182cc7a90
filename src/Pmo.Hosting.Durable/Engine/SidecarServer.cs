using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// The Durable Task sidecar (TaskHubGrpcServer from the pinned InProcessTestHost preview) in its own small Kestrel
/// host. It dispatches work items from the backend to the SDK worker over gRPC and serves the SDK client's management
/// calls. The host's server is in memory (TestServer, whose handler the channel calls): the gRPC messages between
/// worker and sidecar cost no socket round trip and no HTTP/2 framing, which on a burst was half the engine's CPU
/// without storage (docs/performance.md, "Durable engine"). Kept apart from the app's web host, and nothing listens.
/// </summary>
internal sealed class SidecarServer(IHost host) : IAsyncDisposable
{
    public static async Task<SidecarServer> StartAsync(
        SidecarChannel channel, EngineBackend backend, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var host = new HostBuilder()
            .ConfigureServices(services => services
                .AddSingleton(loggerFactory)
                .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
                .AddSingleton<IHostLifetime, EngineOwnedLifetime>())
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services =>
                {
                    services.AddRouting();
                    services.AddGrpc(grpc =>
                    {
                        grpc.MaxReceiveMessageSize = null;
                        grpc.MaxSendMessageSize = null;
                    });
                    // Around the backend's wrappers: sub-orchestrations made storable by Azure Storage (see the class).
                    services.AddSingleton<IOrchestrationService>(new StorableSubOrchestrationService(backend.Dispatched));
                    services.AddSingleton(backend.Client);
                    services.AddSingleton<TaskHubGrpcServer>();
                })
                .Configure(app => app
                    .UseRouting()
                    .UseEndpoints(endpoints => endpoints.MapGrpcService<TaskHubGrpcServer>())))
            .Build();

        await host.StartAsync(cancellationToken);
        channel.Attach(host.GetTestServer().CreateHandler());
        return new SidecarServer(host);
    }

    /// <summary>
    /// Makes the sidecar stop fetching work: its dispatchers wait for the work items in flight, then stop the backend.
    /// The gRPC server keeps serving so the worker can deliver those last results.
    /// </summary>
    public void StopDispatching() => host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

/// <summary>
/// The sidecar's lifetime belongs to the engine: unlike the default console lifetime it does not react to Ctrl+C or
/// SIGTERM itself, so on a signal the app's host alone drives the shutdown, in the engine's order.
/// </summary>
internal sealed class EngineOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
