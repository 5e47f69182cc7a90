using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pmo.Application.Ports.Storage;
using Pmo.Functions.Composition;
using Pmo.Functions.Http;
using Pmo.Storage.Sqlite;

namespace Pmo.Functions.Tests.Infrastructure;

/// <summary>
/// The functions' composition (<see cref="FunctionsServices.AddPmoFunctions"/>, as Program.cs calls it) over a real
/// SQLite file in a temporary folder instead of Cosmos DB, a fake clock and the outbox mailer. Functions are called
/// directly with a scope per invocation, as the worker gives each invocation its own services.
/// </summary>
public sealed class FunctionsTestHost : IAsyncDisposable
{
    public const string AdminKey = "admin-key-0123456789abcdef";
    public const string ReaderKey = "reader-key-0123456789abcdef";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmo-functions-tests-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplication _app;

    public FunctionsTestHost(DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(_folder);

        // The worker's ASP.NET Core integration runs a web host; the same kind of host provides the framework services here.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Api:ApiKeys:0:Key"] = AdminKey,
            ["Api:ApiKeys:0:Role"] = "Pmo.Admin",
            ["Api:ApiKeys:0:Email"] = "pmo@example.org",
            ["Api:ApiKeys:1:Key"] = ReaderKey,
            ["Api:ApiKeys:1:Role"] = "Pmo.Reader",
            ["Api:ApiKeys:1:Email"] = "reader@example.org",
            ["Api:OutboxFolder"] = Path.Combine(_folder, "outbox"),
            ["Mail:Provider"] = "Outbox",
            ["Mail:FromAddress"] = "pmo@example.org",
            ["Mail:FromName"] = "PMO",
            ["Mail:OutboxFolder"] = Path.Combine(_folder, "outbox"),
            ["Workflows:PublicBaseUrl"] = "https://pmo.example.org/api",
            ["Workflows:LinkSigningKey"] = Convert.ToBase64String(new byte[32]),
            ["Workflows:PackFolder"] = Path.Combine(_folder, "packs"),
        });
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSqlitePortfolioStore(o =>
        {
            o.DatabasePath = Path.Combine(_folder, "pmo.db");
            o.TenantId = "default";
        });
        builder.Services.AddPmoFunctions(builder.Configuration);
        _app = builder.Build();
    }

    public FakeTimeProvider Clock { get; }

    public RecordingDurableClient Durable { get; } = new();

    public IServiceProvider Services => _app.Services;

    public IPortfolioStore Store => Services.GetRequiredService<IPortfolioStore>();

    public ApiEndpoints Api => Services.GetRequiredService<ApiEndpoints>();

    /// <summary>A new invocation scope (the worker's FunctionContext.InstanceServices).</summary>
    public AsyncServiceScope NewInvocation() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the test; the folder is under the temp directory.
        }
    }
}
