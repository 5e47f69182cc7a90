using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.DurableTask.Protobuf;
using Microsoft.Extensions.Logging.Abstractions;
using Pmo.Hosting.Durable.Engine;

namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>What keeps the engine's CPU per chase down: the sidecar in memory, storage clients without per-request diagnostics.</summary>
public class EngineTransportTests
{
    [Fact]
    public async Task A_call_before_the_sidecar_started_fails_saying_the_sidecar_is_not_running()
    {
        using var channel = new SidecarChannel();
        var sidecar = new TaskHubSidecarService.TaskHubSidecarServiceClient(channel.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(() => sidecar.HelloAsync(new Empty()).ResponseAsync);

        Assert.Contains("sidecar is not running", error.Status.Detail + error.Status.DebugException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_clients_keep_their_retries_and_drop_per_request_logging_tracing_and_telemetry()
    {
        var settings = AzureStorageSettings.Create(new DurableEngineOptions(), "UseDevelopmentStorage=true", NullLoggerFactory.Instance);
        var provider = settings.StorageAccountClientProvider!;
        Azure.Core.ClientOptions[] all = [provider.Blob.CreateOptions(), provider.Queue.CreateOptions(), provider.Table.CreateOptions()];

        Assert.All(all, options =>
        {
            Assert.False(options.Diagnostics.IsLoggingEnabled);
            Assert.False(options.Diagnostics.IsDistributedTracingEnabled);
            Assert.False(options.Diagnostics.IsTelemetryEnabled);
            Assert.True(options.Retry.MaxRetries > 0);
        });
        Assert.Equal(Azure.Storage.Queues.QueueMessageEncoding.None, provider.Queue.CreateOptions().MessageEncoding);
    }
}
