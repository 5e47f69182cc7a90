using System.Net.Security;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Pmo.Application.Ports.Storage;
using Pmo.Storage.Cosmos.Diagnostics;
using Pmo.Storage.Cosmos.Setup;

namespace Pmo.Storage.Cosmos.Tests.Emulator;

/// <summary>
/// One emulator for the whole test run, with the database and container created through the store's own start-up
/// path (CreateIfNotExists). Tests isolate themselves by tenant: each opens the store of a fresh partition key.
/// If the emulator cannot start, every test of the collection fails with the reason: never skipped.
/// </summary>
public sealed class CosmosEmulatorFixture : IAsyncLifetime
{
    /// <summary>The emulator checks no key, but the SDK signs requests with one: any base64 string does.</summary>
    public static readonly string Key = Convert.ToBase64String(Encoding.UTF8.GetBytes("pmo-local-cosmos-emulator-key"));

    private EmulatorCertificate? _certificate;
    private EmulatorProcess? _process;

    public CosmosStoreOptions Options { get; private set; } = null!;
    public CosmosContainerProvider Containers { get; private set; } = null!;
    public CosmosRequestCharges Charges { get; } = new();

    /// <summary>How long starting the emulator and creating the container took (reported by the cost test).</summary>
    public TimeSpan StartDuration { get; private set; }

    public async Task InitializeAsync()
    {
        // The SDK looks up Azure VM metadata (169.254.169.254) when its first client is made; tests talk to loopback only.
        // Emulator-mode clients refuse that call themselves; this also covers the tests' non-emulator clients.
        Environment.SetEnvironmentVariable("COSMOS_DISABLE_IMDS_ACCESS", "true");

        var started = TimeProvider.System.GetTimestamp();
        _certificate = EmulatorCertificate.Create();
        _process = await EmulatorProcess.StartAsync(_certificate);
        await WaitUntilAnsweringAsync(_process, _certificate.Thumbprint);

        Options = new CosmosStoreOptions
        {
            AccountEndpoint = _process.Endpoint,
            Key = Key,
            Database = "pmo-tests",
            Container = "portfolio",
            TenantId = "fixture",
            CreateIfNotExists = true,
            Emulator = true,
        };
        var validation = new CosmosStoreOptionsValidator().Validate(null, Options);
        Assert.True(validation.Succeeded, validation.FailureMessage);

        Containers = new CosmosContainerProvider(CosmosClientFactory.Create(Options, NullLogger.Instance), Options, NullLogger<CosmosContainerProvider>.Instance);
        await Containers.GetAsync();
        StartDuration = TimeProvider.System.GetElapsedTime(started);
    }

    /// <summary>The store of <paramref name="tenantId"/>, charging <paramref name="charges"/> (the fixture's by default).</summary>
    public IPortfolioStore Store(string tenantId, ICosmosRequestCharges? charges = null) =>
        new CosmosPortfolioStoreFactory(Containers, charges ?? Charges, NullLogger<CosmosPortfolioStore>.Instance).ForTenant(tenantId);

    public async Task DisposeAsync()
    {
        Containers?.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _certificate?.Dispose();
    }

    /// <summary>
    /// The emulator prints its address once it listens; this checks that it answers over TLS with our certificate.
    /// A bounded retry on connection errors only covers a slow first accept.
    /// </summary>
    private static async Task WaitUntilAnsweringAsync(EmulatorProcess process, string thumbprint)
    {
        using var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    string.Equals(certificate?.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase),
            },
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(process.Endpoint);
                response.EnsureSuccessStatusCode();
                return;
            }
            catch (HttpRequestException) when (attempt < 300) // 30 s of refused connections on a loaded machine
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
            catch (HttpRequestException error)
            {
                throw new InvalidOperationException($"The Cosmos emulator at {process.Endpoint} does not answer:\n{process.Output}", error);
            }
        }
    }
}
