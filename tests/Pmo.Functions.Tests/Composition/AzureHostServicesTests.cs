using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pmo.Application.Ports.Mail;
using Pmo.Application.Ports.Storage;
using Pmo.Functions.Composition;
using Pmo.Functions.Durable;
using Pmo.Functions.Tests.Infrastructure;
using Pmo.Mail;
using Pmo.Storage.Cosmos;
using Pmo.Workflows;
using Pmo.Workflows.Scheduling;

namespace Pmo.Functions.Tests.Composition;

/// <summary>
/// The Azure host's composition (what Program.cs calls) with the settings of local.settings.sample.json: every
/// service the functions ask for resolves, and the settings are validated. Nothing here reaches Azure: the Cosmos
/// client is built but never called.
/// </summary>
public sealed class AzureHostServicesTests
{
    /// <summary>local.settings.sample.json's values ("__" read as ":", as the Functions host does), placeholders filled.</summary>
    private static readonly Dictionary<string, string?> AzureSettings = SampleSettings(new Dictionary<string, string?>
    {
        ["Storage:Cosmos:AccountEndpoint"] = "https://pmo-test.documents.azure.com:443/",
        ["Mail:Provider"] = "SendGrid",
        ["Mail:SendGrid:ApiKey"] = "SG.placeholder-key-for-tests",
        ["Workflows:PublicBaseUrl"] = "https://pmo-func.azurewebsites.net/api",
        ["Workflows:LinkSigningKey"] = Convert.ToBase64String(new byte[32]),
    });

    [Fact]
    public async Task Every_service_a_function_asks_for_resolves_on_cosmos_and_sendgrid()
    {
        await using var provider = Build(AzureSettings);
        provider.GetRequiredService<IStartupValidator>().Validate();

        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.WithDurableClient(new RecordingDurableClient());

        Assert.IsType<SendGridMailer>(scope.ServiceProvider.GetRequiredService<IMailer>());
        Assert.IsType<CosmosPortfolioStore>(scope.ServiceProvider.GetRequiredService<IPortfolioStore>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<SchedulerTick>());
        Assert.NotEmpty(scope.ServiceProvider.GetRequiredService<Pmo.Functions.Http.ApiEndpoints>().Routes);
        foreach (var activity in WorkflowRegistry.Activities)
        {
            Assert.NotNull(ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, activity));
        }
    }

    [Fact]
    public async Task Smtp_provider_resolves_the_SMTP_mailer_and_passes_validation()
    {
        var settings = new Dictionary<string, string?>(AzureSettings)
        {
            ["Mail:Provider"] = "Smtp",
            ["Mail:Smtp:Host"] = "smtp.contoso.example",
            ["Mail:Smtp:UserName"] = "pmo-sender",
            ["Mail:Smtp:Password"] = "placeholder-smtp-password",
        };
        await using var provider = Build(settings);
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<SmtpMailer>(provider.GetRequiredService<IMailer>());
    }

    [Fact]
    public async Task Smtp_provider_without_a_host_fails_validation_at_start()
    {
        var settings = new Dictionary<string, string?>(AzureSettings) { ["Mail:Provider"] = "Smtp" };
        await using var provider = Build(settings);

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Mail:Smtp:Host", failure.Message);
    }

    [Fact]
    public async Task A_missing_link_signing_key_fails_validation_at_start()
    {
        var settings = new Dictionary<string, string?>(AzureSettings) { ["Workflows:LinkSigningKey"] = null };
        await using var provider = Build(settings);

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    private static Dictionary<string, string?> SampleSettings(Dictionary<string, string?> overrides)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "local.settings.sample.json")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.FullName, "local.settings.sample.json")));
        var settings = sample.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.ClearProviders());
        services.AddPmoAzureHost(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
