using System.Text.Json;
using Pmo.Infra.Tests.Support;

namespace Pmo.Infra.Tests;

/// <summary>local.settings.sample.json: every setting the app reads, placeholders only, in step with the Bicep app settings.</summary>
public sealed class LocalSettingsTests
{
    // Azure-only plumbing: the identity-based storage connection, App Insights' Entra auth, the identity's client id.
    private static readonly HashSet<string> AzureOnly =
    [
        "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId", "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "AZURE_CLIENT_ID",
    ];

    // Local-only: the storage emulator, the worker runtime (Flex sets it itself), the outbox folder, the Cosmos
    // emulator switches (in Azure Cosmos is reached with the identity and its containers come from infra/), the packs'
    // Azurite connection string (in Azure packs are reached with the identity).
    private static readonly HashSet<string> LocalOnly =
    [
        "AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "Mail__OutboxFolder",
        "Storage__Cosmos__Key", "Storage__Cosmos__Emulator", "Storage__Cosmos__CreateIfNotExists",
        "Packs__ConnectionString",
    ];

    public static Dictionary<string, string> Values() =>
        Repo.Json("local.settings.sample.json").GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String
                ? p.Value.GetString()!
                : throw new InvalidOperationException($"{p.Name} must be a string (the host reads strings only)."));

    [Fact]
    public void Is_unencrypted_and_targets_the_isolated_worker_on_the_storage_emulator()
    {
        var root = Repo.Json("local.settings.sample.json");
        var values = Values();

        Assert.False(root.GetProperty("IsEncrypted").GetBoolean());
        Assert.Equal("dotnet-isolated", values["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("UseDevelopmentStorage=true", values["AzureWebJobsStorage"]);
    }

    [Fact]
    public async Task Lists_every_setting_azure_gets_and_nothing_azure_lacks()
    {
        var local = Values().Keys.ToHashSet();
        var azure = (await AppSettings.FromMainAsync()).Keys.ToHashSet();

        Assert.Empty(azure.Except(AzureOnly).Except(local));
        Assert.Empty(local.Except(LocalOnly).Except(azure));
    }

    [Fact]
    public void Holds_no_secret_looking_value()
    {
        foreach (var (name, value) in Values())
        {
            Assert.False(SecretScan.LooksSecret(value), $"{name} looks like a real secret: use a <placeholder>.");
        }
    }

    [Fact]
    public void Secret_settings_are_placeholders_or_empty()
    {
        var values = Values();

        foreach (var name in new[] { "Mail__SendGrid__ApiKey", "Workflows__LinkSigningKey", "Workflows__PreviousLinkSigningKey", "Storage__Cosmos__Key" })
        {
            Assert.Matches("^(|<[^>]+>)$", values[name]);
        }
    }
}
