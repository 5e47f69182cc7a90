using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pmo.Application;
using Pmo.Application.Packs;
using Pmo.Application.Portfolio;
using Pmo.Application.Ports.Mail;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Governance;
using Pmo.Hosting.Durable.Testing;
using Pmo.Reports;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Configuration;
using Pmo.Workflows.Scheduling;

namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// The workflows on the virtual-time harness with the real services, the real SQLite store (temp file) and a
/// recording mailer. The test moves time in scheduler-tick steps; the services reach the harness through a
/// <see cref="DurableTaskClient"/> double, as they reach the engine in the hosts.
/// </summary>
internal sealed class VirtualWorld : IAsyncDisposable
{
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;
    private readonly OrchestrationRun _clockRun;
    private readonly QueuedEscalationStarter _escalations = new();

    public VirtualWorld(DateTimeOffset startUtc, bool fullPackRenderer = false, TimeSpan? lookback = null, Action<IServiceCollection>? services = null)
    {
        Harness = new OrchestrationHarness().AddTasks(registry => WorkflowRegistry.Register(registry));
        Store = new SqlitePortfolioStore(_folder.StoreOptions());
        Mailer = new RecordingMailer(Harness.Clock);
        var orchestrators = WorkflowRegistry.Orchestrators.ToDictionary(t => t.Name, StringComparer.Ordinal);
        Client = new HarnessClient(Harness, () => _clockRun!, orchestrators);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:PublicBaseUrl"] = "https://pmo.example/api",
            ["Workflows:LinkSigningKey"] = SigningKey,
            ["Workflows:PackFolder"] = Path.Combine(_folder.Path, "packs"),
            ["Workflows:SchedulerLookback"] = (lookback ?? TimeSpan.FromDays(2)).ToString(),
        }).Build();

        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Harness.Clock)
            .AddSingleton<IPortfolioStore>(Store)
            .AddSingleton<IMailer>(Mailer)
            .AddSingleton<DurableTaskClient>(Client)
            .AddSingleton<IEscalationStarter>(_escalations);
        services?.Invoke(collection);
        if (!fullPackRenderer)
        {
            collection.AddSingleton<IReviewPackBuilder, PlainHtmlPackBuilder>();
        }

        _services = collection.AddPmoApplication(configuration).AddPmoReports().AddPmoWorkflows().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Harness.Services = _services;
        _clockRun = Harness.Start(new IdleOrchestrator(), "", startUtc.UtcDateTime, "virtual-clock");
    }

    public OrchestrationHarness Harness { get; }

    public SqlitePortfolioStore Store { get; }

    public RecordingMailer Mailer { get; }

    public HarnessClient Client { get; }

    public IServiceProvider Services => _services;

    public DateTimeOffset Now => Harness.Clock.GetUtcNow();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task SeedAsync(GovernanceSettings settings) => TestPortfolio.SeedAsync(Store, settings);

    public OrchestrationRun Instance(string instanceId) => _clockRun.Instance(instanceId);

    /// <summary>Moves virtual time (firing due timers) and starts the escalations raised on the way.</summary>
    public async Task AdvanceToAsync(DateTimeOffset utc)
    {
        _clockRun.AdvanceTo(utc.UtcDateTime);
        await StartRaisedEscalationsAsync();
    }

    public async Task<TickResult> TickAsync()
    {
        var result = await Get<SchedulerTick>().RunAsync();
        await StartRaisedEscalationsAsync();
        return result;
    }

    /// <summary>Runs an action at the current instant (a PM submitting, a member deciding) and what it set off.</summary>
    public async Task<T> ActAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        var result = await action(_services);
        await StartRaisedEscalationsAsync();
        return result;
    }

    public async Task StartRaisedEscalationsAsync()
    {
        var starter = new DurableEscalationStarter(new OrchestrationStarter(Client));
        while (_escalations.Pending.TryDequeue(out var escalation))
        {
            await starter.StartAsync(escalation);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Store.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>An instance that only holds the virtual clock for the test (it waits for an event that never comes).</summary>
    private sealed class IdleOrchestrator : TaskOrchestrator<string, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
            context.WaitForExternalEvent<string>("never");
    }
}
