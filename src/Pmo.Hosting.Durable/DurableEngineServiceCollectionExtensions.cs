using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pmo.Hosting.Durable.Engine;

namespace Pmo.Hosting.Durable;

/// <summary>The one entry point: <c>services.AddDurableEngine(configuration.GetSection("Durable"), registry =&gt; ...)</c>.</summary>
public static class DurableEngineServiceCollectionExtensions
{
    /// <summary>
    /// Runs the orchestrators and activities of <paramref name="registerTasks"/> in-process on the Durable Task engine
    /// (backend from <paramref name="configuration"/>, see <see cref="DurableEngineOptions"/>) and exposes
    /// <see cref="DurableTaskClient"/>. Options are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddDurableEngine(
        this IServiceCollection services, IConfiguration configuration, Action<DurableTaskRegistry> registerTasks)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddDurableEngine(registerTasks, options => configuration.Bind(options));
    }

    /// <summary>As above, with options set in code (tests).</summary>
    public static IServiceCollection AddDurableEngine(
        this IServiceCollection services, Action<DurableTaskRegistry> registerTasks, Action<DurableEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(registerTasks);

        services.AddOptions<DurableEngineOptions>()
            .Configure(options => configure?.Invoke(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SidecarChannel>();

        // Registered before the worker so it starts first and stops last.
        services.AddHostedService<DurableEngine>();

        services.AddDurableTaskWorker(worker =>
        {
            worker.AddTasks(registerTasks);
            worker.UseGrpc();
            services.AddOptions<GrpcDurableTaskWorkerOptions>(worker.Name)
                .Configure<SidecarChannel>((options, channel) => options.Channel = channel.Channel);
        });
        services.AddDurableTaskClient(client =>
        {
            client.UseGrpc();
            client.RegisterDirectly();
            services.AddOptions<GrpcDurableTaskClientOptions>(client.Name)
                .Configure<SidecarChannel>((options, channel) => options.Channel = channel.Channel);
        });
        return services;
    }
}
