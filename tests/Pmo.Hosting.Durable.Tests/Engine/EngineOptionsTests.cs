using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pmo.Hosting.Durable.Engine;

namespace Pmo.Hosting.Durable.Tests.Engine;

public class EngineOptionsTests
{
    [Fact]
    public async Task Invalid_options_stop_the_host_at_start()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => EngineHost.StartAsync(options =>
        {
            options.Backend = DurableBackend.InMemory;
            options.TaskHubName = "bad hub!";
        }));

        Assert.Contains(nameof(DurableEngineOptions.TaskHubName), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_azurite_install_is_reported_with_the_fix()
    {
        using var data = new TestDataFolder();
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => EngineHost.StartAsync(options =>
        {
            options.DataFolder = data.Path;
            options.AzuriteFolder = data.Path;
        }));

        Assert.Contains("install-azurite.sh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_throughput_settings_reach_the_azure_storage_provider()
    {
        var options = new DurableEngineOptions
        {
            TaskHubName = "Tuned",
            MaxConcurrentActivities = 42,
            MaxConcurrentOrchestrations = 17,
            ControlQueueBufferThreshold = 300,
            PartitionCount = 2,
        };

        var settings = AzureStorageSettings.Create(options, "UseDevelopmentStorage=true", NullLoggerFactory.Instance);

        Assert.Equal(42, settings.MaxConcurrentTaskActivityWorkItems);
        Assert.Equal(17, settings.MaxConcurrentTaskOrchestrationWorkItems);
        Assert.Equal(300, settings.ControlQueueBufferThreshold);
        Assert.Equal(2, settings.PartitionCount);
    }

    [Fact]
    public void The_defaults_are_tuned_for_a_burst_on_one_partition()
    {
        var settings = AzureStorageSettings.Create(new DurableEngineOptions(), "UseDevelopmentStorage=true", NullLoggerFactory.Instance);

        // The provider's own defaults (10 activities, 64 prefetched messages) left the 1,000-chase benchmark latency-bound.
        Assert.Equal(100, settings.MaxConcurrentTaskActivityWorkItems);
        Assert.Equal(256, settings.ControlQueueBufferThreshold);
        Assert.Equal(1, settings.PartitionCount);

        // A crashed host's activity in flight comes back within a minute, not the provider's five.
        Assert.Equal(TimeSpan.FromMinutes(1), settings.WorkItemQueueVisibilityTimeout);
    }

    [Fact]
    public void Extended_sessions_are_on_by_default_and_off_at_zero()
    {
        var on = AzureStorageSettings.Create(new DurableEngineOptions(), "UseDevelopmentStorage=true", NullLoggerFactory.Instance);
        var off = AzureStorageSettings.Create(
            new DurableEngineOptions { ExtendedSessionIdleTimeout = TimeSpan.Zero }, "UseDevelopmentStorage=true", NullLoggerFactory.Instance);

        Assert.True(on.ExtendedSessionsEnabled);
        Assert.Equal(TimeSpan.FromSeconds(30), on.ExtendedSessionIdleTimeout);
        Assert.False(off.ExtendedSessionsEnabled);
    }
}
