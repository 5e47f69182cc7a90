using Microsoft.Extensions.Options;

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
}
