using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pmo.Application;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Local.Hosting;
using Pmo.Local.Tests.Support;
using Pmo.Reports;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Configuration;

namespace Pmo.Local.Tests.Hosting;

/// <summary>
/// The local host tells chases after the response: submissions are queued, delivered in batches by the hosted
/// service, and marked delivered without changing their ETags; what a previous run left in the outbox goes first.
/// Weeks without an update request need no engine, so the engine here refuses every call.
/// </summary>
public sealed class BackgroundChaseDeliveryTests : IAsyncLifetime, IDisposable
{
    private static readonly IsoWeek Week = new(2027, 10);
    private readonly TempFolder _data = new();
    private ServiceProvider _services = null!;
    private IPortfolioStore _store = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:PublicBaseUrl"] = "http://localhost:7071/api",
            ["Workflows:LinkSigningKey"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray()),
            ["Workflows:SkipChaseLookupWithoutRequest"] = "true",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<DurableTaskClient>(new RefusingClient())
            .AddSqlitePortfolioStore(o => o.DatabasePath = Path.Combine(_data.Path, "pmo.db"))
            .AddPmoApplication(configuration)
            .AddPmoReports()
            .AddPmoWorkflows();
        services.AddSingleton<BackgroundChaseDelivery>();
        _services = services.BuildServiceProvider();
        _store = _services.GetRequiredService<IPortfolioStore>();
        await _store.Projects.CreateAsync(Project("P-001"));
        await _store.Projects.CreateAsync(Project("P-002"));
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Queued_submissions_are_marked_delivered_after_the_call_and_keep_their_etags()
    {
        var delivery = _services.GetRequiredService<BackgroundChaseDelivery>();
        await delivery.StartAsync(CancellationToken.None);
        await delivery.StartRelayDone;
        var first = await _store.StatusUpdates.SubmitAsync(Update("P-001"), ifMatch: null);
        var second = await _store.StatusUpdates.SubmitAsync(Update("P-002"), ifMatch: null);

        Assert.False(await delivery.AfterCommitAsync(first.Value));
        Assert.False(await delivery.AfterCommitAsync(second.Value));
        await delivery.WhenHandledAsync();
        await delivery.StopAsync(CancellationToken.None);

        Assert.Empty(await _store.StatusUpdates.ListUndeliveredAsync());
        foreach (var saved in new[] { first, second })
        {
            var stored = (await _store.StatusUpdates.FindAsync(saved.Value.Id))!;
            Assert.NotNull(stored.Value.EventDeliveredAt);
            Assert.Equal(saved.ETag, stored.ETag);
        }
    }

    [Fact]
    public async Task What_the_outbox_holds_at_start_is_relayed_before_the_queue()
    {
        var leftOver = await _store.StatusUpdates.SubmitAsync(Update("P-001"), ifMatch: null);
        var delivery = _services.GetRequiredService<BackgroundChaseDelivery>();

        await delivery.StartAsync(CancellationToken.None);
        await delivery.StartRelayDone;
        await delivery.StopAsync(CancellationToken.None);

        Assert.NotNull((await _store.StatusUpdates.FindAsync(leftOver.Value.Id))?.Value.EventDeliveredAt);
    }

    [Fact]
    public async Task A_week_whose_chase_is_open_stays_in_the_outbox_when_the_engine_cannot_be_told()
    {
        await _store.UpdateRequests.CreateAsync(new UpdateRequest { ProjectId = "P-001", Week = Week, Deadline = DateTimeOffset.UtcNow.AddDays(5) });
        var open = await _store.StatusUpdates.SubmitAsync(Update("P-001"), ifMatch: null);
        var closed = await _store.StatusUpdates.SubmitAsync(Update("P-002"), ifMatch: null);
        await _store.UpdateRequests.CreateAsync(new UpdateRequest { ProjectId = "P-002", Week = Week, Status = UpdateRequestStatus.Missed });
        var delivery = _services.GetRequiredService<BackgroundChaseDelivery>();
        await delivery.StartAsync(CancellationToken.None);
        await delivery.StartRelayDone;

        await delivery.AfterCommitAsync(open.Value);
        await delivery.AfterCommitAsync(closed.Value);
        await delivery.WhenHandledAsync();
        await delivery.StopAsync(CancellationToken.None);

        Assert.Equal([open.Value.Id], (await _store.StatusUpdates.ListUndeliveredAsync()).Select(u => u.Id));
    }

    private static StatusUpdate Update(string projectId) => new()
    {
        ProjectId = projectId,
        Week = Week,
        Overall = Rag.Amber,
        SubmittedBy = "pm@example.org",
        SubmittedAt = new DateTimeOffset(2027, 3, 9, 9, 0, 0, TimeSpan.Zero),
    };

    private static Project Project(string id) => new()
    {
        Id = id,
        Name = $"Project {id}",
        Sponsor = new Contact("Sponsor", "sponsor@example.org"),
        Manager = new Contact("Manager", "pm@example.org"),
        Budget = new Budget(100_000m, 0m, 100_000m),
        Start = new DateOnly(2027, 1, 4),
        BaselineEnd = new DateOnly(2027, 12, 17),
    };

    /// <summary>An engine that cannot be reached: every call fails.</summary>
    private sealed class RefusingClient() : DurableTaskClient("refusing")
    {
        public override Task<string> ScheduleNewOrchestrationInstanceAsync(
            TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default) => Refuse<string>();

        public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) => Refuse<bool>();

        public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
            Refuse<OrchestrationMetadata?>();

        public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
            Refuse<OrchestrationMetadata>();

        public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
            Refuse<OrchestrationMetadata>();

        public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default) => Refuse<bool>();

        public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) => Refuse<bool>();

        public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) => Refuse<bool>();

        public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
            throw new InvalidOperationException("The engine is unreachable.");

        public override Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) =>
            Refuse<PurgeResult>();

        public override Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) =>
            Refuse<PurgeResult>();

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static Task<T> Refuse<T>() => Task.FromException<T>(new InvalidOperationException("The engine is unreachable."));
    }
}
