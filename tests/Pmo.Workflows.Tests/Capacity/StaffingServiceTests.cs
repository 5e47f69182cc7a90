using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pmo.Application;
using Pmo.Application.Capacity;
using Pmo.Application.Ports.Mail;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Capacity;

/// <summary>The staffing service over a real SQLite file whose allocation writes can fail half-way.</summary>
public sealed class StaffingServiceTests : IAsyncDisposable
{
    private static readonly YearMonth March = new(2027, 3);
    private readonly TempFolder _folder = new();
    private readonly SqlitePortfolioStore _inner;
    private readonly FlakyAllocationStore _store;
    private readonly RecordingMailer _mailer;
    private readonly ServiceProvider _services;

    public StaffingServiceTests()
    {
        var clock = new FakeTimeProvider(Paris.At(11, 25, 10));
        _mailer = new RecordingMailer(clock);
        _inner = new SqlitePortfolioStore(_folder.StoreOptions());
        _store = new FlakyAllocationStore(_inner);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IPortfolioStore>(_store);
        services.AddSingleton<IMailer>(_mailer);
        services.AddPmoApplication(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:PublicBaseUrl"] = "https://pmo.example/api",
            ["Workflows:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        }).Build());
        _services = services.BuildServiceProvider();
    }

    private StaffingService Staffing => _services.GetRequiredService<StaffingService>();

    private static StaffingRequest Request => new(
        new StaffingManager("lea", Language: Language.Fr),
        [new StaffingLine("lea", March, 4), new StaffingLine("bob", March, 6)]);

    private async Task<string> SeedAsync()
    {
        await _inner.Settings.SaveAsync(Settings(), null);
        await _inner.People.CreateAsync(new Person { Id = "lea", Name = "Léa Martin", Email = "lea@acme.example", CapacityDaysPerMonth = 18 });
        await _inner.People.CreateAsync(new Person { Id = "bob", Name = "Bob Stone", Email = "bob@acme.example", CapacityDaysPerMonth = 18 });
        return (await _inner.Projects.CreateAsync(Project("ATLAS", "Atlas CRM", Sam, Sam))).ETag;
    }

    [Fact]
    public async Task A_staffing_that_fails_after_the_project_write_is_finished_by_a_retry_with_the_same_key()
    {
        var etag = await SeedAsync();
        _store.FailWrite = 1;

        await Assert.ThrowsAsync<IOException>(() => Staffing.StaffAsync("ATLAS", Request, etag, "key-1", Paula.Email));

        Assert.Equal("lea@acme.example", (await _inner.Projects.FindAsync("ATLAS"))!.Value.Manager.Email);
        Assert.Single(await _inner.Allocations.ListAsync(new AllocationQuery { ProjectId = "ATLAS" }));
        Assert.Empty(await _inner.Decisions.ListByProjectAsync("ATLAS"));
        Assert.Empty(_mailer.Sent);

        var done = await Staffing.StaffAsync("ATLAS", Request, etag, "key-1", Paula.Email);

        Assert.True(done.Value.ManagerChanged);
        Assert.Equal(2, (await _inner.Allocations.ListAsync(new AllocationQuery { ProjectId = "ATLAS" })).Count);
        Assert.Equal(done.Value.DecisionId, Assert.Single(await _inner.Decisions.ListByProjectAsync("ATLAS")).Id);
        var welcome = Assert.Single(_mailer.Sent);
        Assert.Equal(("pm-welcome", "lea@acme.example", "fr"), (welcome.Kind, welcome.To, welcome.Language));
    }

    [Fact]
    public async Task The_same_stale_etag_without_the_key_is_a_concurrency_error_after_a_half_failure()
    {
        var etag = await SeedAsync();
        _store.FailWrite = 0;
        await Assert.ThrowsAsync<IOException>(() => Staffing.StaffAsync("ATLAS", Request, etag, null, Paula.Email));

        await Assert.ThrowsAsync<ConcurrencyException>(() => Staffing.StaffAsync("ATLAS", Request, etag, null, Paula.Email));
        await Assert.ThrowsAsync<ConcurrencyException>(() => Staffing.StaffAsync("ATLAS", Request, etag, "another-key", Paula.Email));
        Assert.Empty(await _inner.Allocations.ListAsync(new AllocationQuery { ProjectId = "ATLAS" }));
    }

    [Fact]
    public async Task Naming_the_manager_already_in_place_sends_no_welcome()
    {
        var etag = await SeedAsync();
        var sponsorAsManager = new StaffingRequest(new StaffingManager(Name: Sam.Name, Email: Sam.Email.ToUpperInvariant(), Language: Sam.Language), []);

        var done = await Staffing.StaffAsync("ATLAS", sponsorAsManager, etag, null, Paula.Email);

        Assert.False(done.Value.ManagerChanged);
        Assert.Empty(_mailer.Sent);
        Assert.Single(await _inner.Decisions.ListByProjectAsync("ATLAS"));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _inner.DisposeAsync();
        _folder.Dispose();
    }
}
