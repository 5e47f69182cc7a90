using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pmo.Application.Ports.Storage;
using Pmo.Storage.Contract;
using Pmo.Storage.Cosmos.Diagnostics;
using Pmo.Storage.Cosmos.Setup;
using Pmo.Storage.Cosmos.Tests.Emulator;

namespace Pmo.Storage.Cosmos.Tests;

[Collection(CosmosEmulatorCollection.Name)]
public sealed class ServiceRegistrationTests(CosmosEmulatorFixture emulator)
{
    [Fact]
    public async Task A_host_configured_from_a_section_starts_and_serves_its_tenant_store()
    {
        var tenant = "t" + Guid.NewGuid().ToString("N")[..16];
        using var host = Build(new Dictionary<string, string?>
        {
            ["Storage:Cosmos:AccountEndpoint"] = emulator.Options.AccountEndpoint!.AbsoluteUri,
            ["Storage:Cosmos:Key"] = CosmosEmulatorFixture.Key,
            ["Storage:Cosmos:Database"] = "pmo-host-test",
            ["Storage:Cosmos:Container"] = "portfolio",
            ["Storage:Cosmos:TenantId"] = tenant,
            ["Storage:Cosmos:CreateIfNotExists"] = "true",
            ["Storage:Cosmos:Emulator"] = "true",
        });

        await host.StartAsync();
        var store = host.Services.GetRequiredService<IPortfolioStore>();
        await store.Projects.CreateAsync(Samples.Project("P-001"));

        Assert.Equal(tenant, store.TenantId);
        Assert.Same(store, host.Services.GetRequiredService<IPortfolioStore>());
        Assert.Equal("P-001", (await store.Projects.FindAsync("P-001"))?.Value.Id);
        Assert.Contains(host.Services.GetRequiredService<ICosmosRequestCharges>().Totals(), t => t.Operation == "create");
        await host.StopAsync();
    }

    [Fact]
    public async Task A_host_with_an_invalid_configuration_fails_to_start_naming_every_problem()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Storage:Cosmos:AccountEndpoint"] = "http://pmo.example.org/",
            ["Storage:Cosmos:Emulator"] = "true",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("AccountEndpoint", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("TenantId", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Emulator needs a Key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_create_a_missing_container_fails_the_start_not_the_first_request()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Storage:Cosmos:AccountEndpoint"] = emulator.Options.AccountEndpoint!.AbsoluteUri,
            ["Storage:Cosmos:Key"] = CosmosEmulatorFixture.Key,
            ["Storage:Cosmos:Database"] = "pmo-never-created",
            ["Storage:Cosmos:TenantId"] = "acme",
            ["Storage:Cosmos:Emulator"] = "true",
        });

        var error = await Assert.ThrowsAsync<Microsoft.Azure.Cosmos.CosmosException>(() => host.StartAsync());

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Outside_emulator_mode_the_emulators_self_signed_certificate_is_refused()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Storage:Cosmos:AccountEndpoint"] = emulator.Options.AccountEndpoint!.AbsoluteUri,
            ["Storage:Cosmos:Key"] = CosmosEmulatorFixture.Key,
            ["Storage:Cosmos:Database"] = emulator.Options.Database,
            ["Storage:Cosmos:TenantId"] = "acme",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains(Chain(error), e => e is System.Security.Authentication.AuthenticationException);
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
        }
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCosmosPortfolioStore(builder.Configuration.GetSection("Storage:Cosmos"));
        return builder.Build();
    }
}
