using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Pmo.Application;
using Pmo.Application.Portfolio;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Primitives;
using Pmo.Mail;
using Pmo.Reports;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Configuration;

namespace Pmo.Api.Tests.Infrastructure;

/// <summary>
/// The small test program: a real Kestrel server on a loopback port with the API as a host wires it, over a real
/// SQLite file in a temporary folder. A browser can reach it, which an in-memory TestServer would not allow.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    public const string AdminKey = "admin-key-0123456789abcdef";
    public const string ReaderKey = "reader-key-0123456789abcdef";
    public const string ManagerKey = "manager-key-0123456789abcdef";
    public const string OtherManagerKey = "other-manager-key-0123456789";
    public const string ManagerEmail = "pm@example.org";
    public const string OtherManagerEmail = "other.pm@example.org";

    public const string EntraIssuer = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0";
    public const string EntraAudience = "api://pmo-functions-tests";

    /// <summary>Signs the test's Entra ID tokens; the server trusts it instead of fetching Entra's published keys.</summary>
    public static readonly SymmetricSecurityKey EntraKey = new(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());

    /// <summary>32 bytes, base64: the link-signing key of the test server.</summary>
    public static readonly string LinkKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmo-api-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    /// <summary>Wednesday 25 November 2026, 10:00 UTC (ISO week 2026-W48).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    public FakeDurableTaskClient Durable { get; } = new();

    public IPortfolioStore Store => _app!.Services.GetRequiredService<IPortfolioStore>();

    public IServiceProvider Services => _app!.Services;

    public Uri BaseAddress { get; private set; } = null!;

    public string PackFolder => Path.Combine(_folder, "packs");

    public string OutboxFolder => Path.Combine(_folder, "outbox");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(PackFolder);
        Directory.CreateDirectory(OutboxFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(o => o.Limits.MaxRequestBodySize = 1024 * 1024).UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("PMO_TEST_LOGS") == "1")
        {
            builder.Logging.AddSimpleConsole();
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Api:ApiKeys:0:Key"] = AdminKey,
            ["Api:ApiKeys:0:Role"] = "Pmo.Admin",
            ["Api:ApiKeys:0:Email"] = "pmo@example.org",
            ["Api:ApiKeys:1:Key"] = ReaderKey,
            ["Api:ApiKeys:1:Role"] = "Pmo.Reader",
            ["Api:ApiKeys:1:Email"] = "reader@example.org",
            ["Api:ApiKeys:2:Key"] = ManagerKey,
            ["Api:ApiKeys:2:Role"] = "Project.Manager",
            ["Api:ApiKeys:2:Email"] = ManagerEmail,
            ["Api:ApiKeys:3:Key"] = OtherManagerKey,
            ["Api:ApiKeys:3:Role"] = "Project.Manager",
            ["Api:ApiKeys:3:Email"] = OtherManagerEmail,
            ["Api:OutboxFolder"] = OutboxFolder,
            ["Mail:OutboxFolder"] = OutboxFolder,
            ["Mail:FromAddress"] = "pmo@example.org",
            ["Api:EntraId:Authority"] = EntraIssuer,
            ["Api:EntraId:Audience"] = EntraAudience,
            ["Workflows:PublicBaseUrl"] = "http://127.0.0.1/api",
            ["Workflows:LinkSigningKey"] = LinkKey,
            ["Workflows:PackFolder"] = PackFolder,
        });

        var services = builder.Services;
        services.AddSqlitePortfolioStore(o => o.DatabasePath = Path.Combine(_folder, "pmo.db"));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<DurableTaskClient>(Durable);
        services.AddSingleton<IEscalationStarter, FakeEscalationStarter>();
        services.AddSingleton<IReviewPackRunner, FakeReviewPackRunner>();
        services.AddSingleton<IReviewPackFiles>(new FolderPackFiles(PackFolder));
        // No network here: give JwtBearer Entra's configuration up front (issuer and key) instead of its metadata URL.
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = EntraIssuer };
            configuration.SigningKeys.Add(EntraKey);
            o.Configuration = configuration;
        });
        services.AddMailer(builder.Configuration.GetSection(MailOptions.SectionName));
        services.AddPmoApplication(builder.Configuration).AddPmoReports().AddPmoWorkflows();
        services.AddPmoApi(builder.Configuration);

        _app = builder.Build();
        _app.UsePmoApi();
        _app.MapPmoApi();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public HttpClient Client(string? apiKey = AdminKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>
    /// A person's browser on a link page: no key, and the Accept header browsers send, so error pages come back as
    /// HTML (an API client gets them as problem+json).
    /// </summary>
    public HttpClient Browser()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Review pack files kept as {month}.{kind} in a folder, as the local host keeps them.</summary>
    private sealed class FolderPackFiles(string folder) : IReviewPackFiles
    {
        public Task<Stream?> OpenAsync(YearMonth month, string kind, CancellationToken cancellationToken = default)
        {
            var path = Path.Combine(folder, $"{month}.{kind}");
            return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiServer>
{
    public const string Name = "api";
}
