using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pmo.Application;
using Pmo.Application.Packs;
using Pmo.Application.Ports.Mail;
using Pmo.Application.Ports.Storage;
using Pmo.Hosting.Durable;
using Pmo.Reports;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Configuration;
using Pmo.Workflows.Tests.Support;

namespace Pmo.Workflows.Tests.Engine;

/// <summary>The workflows on the real Durable Task engine (in-memory backend), wired as the local host wires them.</summary>
internal sealed class EngineWorld : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IHost _host;

    private EngineWorld(IHost host, SqlitePortfolioStore store, RecordingMailer mailer)
    {
        _host = host;
        Store = store;
        Mailer = mailer;
    }

    public SqlitePortfolioStore Store { get; }

    public RecordingMailer Mailer { get; }

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<EngineWorld> StartAsync()
    {
        var folder = new TempFolder();
        var store = new SqlitePortfolioStore(folder.StoreOptions());
        var mailer = new RecordingMailer(TimeProvider.System);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:PublicBaseUrl"] = "http://localhost:7071/api",
            ["Workflows:LinkSigningKey"] = VirtualWorld.SigningKey,
            ["Workflows:PackFolder"] = Path.Combine(folder.Path, "packs"),
        }).Build();

        var host = new HostBuilder()
            .ConfigureServices(services => services
                .AddSingleton<IPortfolioStore>(store)
                .AddSingleton<IMailer>(mailer)
                .AddSingleton<IReviewPackBuilder, PlainHtmlPackBuilder>()
                .AddPmoApplication(configuration)
                .AddPmoReports()
                .AddPmoWorkflows()
                .AddDurableEngine(registry => WorkflowRegistry.Register(registry), options =>
                {
                    options.Backend = DurableBackend.InMemory;
                    options.DataFolder = Path.Combine(folder.Path, "engine");
                }))
            .Build();
        await host.StartAsync();
        return new EngineWorld(host, store, mailer) { };
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
