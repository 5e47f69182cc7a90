using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// The Durable Task sidecar (TaskHubGrpcServer from the pinned InProcessTestHost preview) in its own small Kestrel
/// host on the channel's Unix socket. It dispatches work items from the backend to the SDK worker over gRPC and
/// serves the SDK client's management calls. Kept apart from the app's web host so it never shares its port.
/// </summary>
internal sealed class SidecarServer(IHost host) : IAsyncDisposable
{
    public static async Task<SidecarServer> StartAsync(
        string socketPath, EngineBackend backend, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        File.Delete(socketPath);
        var host = new HostBuilder()
            .ConfigureServices(services => services
                .AddSingleton(loggerFactory)
                .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
                .AddSingleton<IHostLifetime, EngineOwnedLifetime>())
            .ConfigureWebHost(web => web
                .UseKestrel(kestrel => kestrel.ListenUnixSocket(socketPath, listen => listen.Protocols = HttpProtocols.Http2))
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
