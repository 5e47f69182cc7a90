using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pmo.Hosting.Durable.Tests.Samples;

namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>A generic host running the sample tasks on the engine, as Pmo.Local will.</summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EngineHost(IHost host) => _host = host;

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    public EffectLog Effects => _host.Services.GetRequiredService<EffectLog>();

    /// <summary>Fails the flaky activity this many times before it succeeds.</summary>
    public FlakyBudget Flaky => _host.Services.GetRequiredService<FlakyBudget>();

    public Rendezvous Rendezvous => _host.Services.GetRequiredService<Rendezvous>();

    public static async Task<EngineHost> StartAsync(Action<DurableEngineOptions> configure, EffectLog? effects = null)
    {
        var host = new HostBuilder()
            .ConfigureLogging(logging =>
            {
                // Set PMO_TEST_ENGINE_LOG=1 to see the engine's own log while diagnosing a test.
                if (Environment.GetEnvironmentVariable("PMO_TEST_ENGINE_LOG") == "1")
                {
                    logging.AddSimpleConsole(console => console.TimestampFormat = "HH:mm:ss.fff ").SetMinimumLevel(LogLevel.Debug);
                }
            })
            .ConfigureServices(services => services
                .AddSingleton(effects ?? new EffectLog())
                .AddSingleton<FlakyBudget>()
                .AddSingleton<Rendezvous>()
                .AddDurableEngine(RegisterSamples, configure))
            .Build();
        await host.StartAsync();
        return new EngineHost(host);
    }

    public static void RegisterSamples(DurableTaskRegistry registry) => registry
        .AddOrchestrator<ChaseOrchestrator>()
        .AddOrchestrator<RetryingOrchestrator>()
        .AddOrchestrator<CatchingOrchestrator>()
        .AddOrchestrator<LateListenerOrchestrator>()
        .AddOrchestrator<FanOutOrchestrator>()
        .AddOrchestrator<ChildOrchestrator>()
        .AddOrchestrator<CounterOrchestrator>()
        .AddOrchestrator<TwoRoundsOrchestrator>()
        .AddOrchestrator<TwoWaitersOrchestrator>()
        .AddOrchestrator<RendezvousOrchestrator>()
        .AddActivity<RecordEffect>()
        .AddActivity<FlakyActivity>()
        .AddActivity<RendezvousActivity>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
