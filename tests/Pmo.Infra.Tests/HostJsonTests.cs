using System.Text.Json;
using Pmo.Infra.Tests.Support;

namespace Pmo.Infra.Tests;

/// <summary>host.json at the repository root, read by the Functions host (src/Pmo.Functions copies it).</summary>
public sealed class HostJsonTests
{
    private static readonly JsonElement Host = Repo.Json("host.json");

    [Fact]
    public void Is_version_2_with_a_bounded_function_timeout()
    {
        Assert.Equal("2.0", Host.GetProperty("version").GetString());
        var timeout = TimeSpan.Parse(Host.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(timeout, TimeSpan.FromMinutes(5), TimeSpan.FromHours(2));
    }

    [Fact]
    public void Extensions_sit_at_the_root_not_inside_logging()
    {
        // Nested in "logging" (as some samples do) the hub name and every Durable setting are silently ignored.
        Assert.True(Host.TryGetProperty("extensions", out var extensions));
        Assert.True(extensions.TryGetProperty("durableTask", out _));
        Assert.False(Host.GetProperty("logging").TryGetProperty("extensions", out _));
    }

    [Fact]
    public void Durable_uses_azure_storage_with_the_hub_name_from_a_setting()
    {
        var durable = Host.GetProperty("extensions").GetProperty("durableTask");

        Assert.Equal("%DurableTaskHubName%", durable.GetProperty("hubName").GetString());
        var provider = durable.GetProperty("storageProvider");
        Assert.False(provider.TryGetProperty("type", out _)); // no type = the default Azure Storage backend
        // Flex Consumption guidance: poll the queues at least every 10 s.
        var polling = TimeSpan.Parse(provider.GetProperty("maxQueuePollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(polling <= TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_hub_name_setting_is_defined_locally_and_in_azure()
    {
        var local = LocalSettingsTests.Values();
        var azure = await AppSettings.FromMainAsync();

        Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,44}$", local["DurableTaskHubName"]);
        Assert.True(azure.ContainsKey("DurableTaskHubName"));
    }

    [Fact]
    public void Logging_quietens_the_durable_storage_chatter()
    {
        var levels = Host.GetProperty("logging").GetProperty("logLevel");

        Assert.Equal("Warning", levels.GetProperty("DurableTask.AzureStorage").GetString());
        Assert.Equal("Warning", levels.GetProperty("DurableTask.Core").GetString());
    }
}
