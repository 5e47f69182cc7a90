using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>The Azure Storage provider tuned for one local host that must react within a second (see docs/engine.md).</summary>
internal static class AzureStorageSettings
{
    public static AzureStorageOrchestrationServiceSettings Create(DurableEngineOptions options, string connectionString, ILoggerFactory loggerFactory) => new()
    {
        TaskHubName = options.TaskHubName,
        StorageAccountClientProvider = ClientProvider(connectionString),
        LoggerFactory = loggerFactory,

        // Idle queue polling backs off up to this; it bounds how late a due timer or a new event is seen.
        MaxQueuePollingInterval = options.MaxQueuePollingInterval,

        // One control queue to poll instead of four; a single host owns every partition anyway.
        PartitionCount = options.PartitionCount,

        // Bound the wait after a crash: messages being processed reappear after these (see DurableEngineOptions).
        ControlQueueVisibilityTimeout = options.ControlQueueVisibilityTimeout,
        WorkItemQueueVisibilityTimeout = options.WorkItemQueueVisibilityTimeout,

        // The app lease only arbitrates between several apps on one hub and delays start-up; one host here.
        UseAppLease = false,

        // Throughput under a burst (docs/performance.md, "Durable engine"): more activities and prefetched messages
        // in flight, since each waits on storage round trips rather than on the CPU.
        MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
        MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
        ControlQueueBufferThreshold = options.ControlQueueBufferThreshold,

        // A running orchestration's history stays in memory between episodes for this long without a message
        // (ExtendedSessionOrchestrationService): its next episode reads no history from storage.
        ExtendedSessionsEnabled = options.ExtendedSessionIdleTimeout > TimeSpan.Zero,
        ExtendedSessionIdleTimeout = options.ExtendedSessionIdleTimeout > TimeSpan.Zero ? options.ExtendedSessionIdleTimeout : TimeSpan.FromSeconds(30),

        // Starting an instance id that is still active must fail loudly rather than be silently dropped.
        ThrowExceptionOnInvalidDedupeStatus = true,
    };

    /// <summary>
    /// The provider's own clients (its defaults: queue messages unencoded, the SDK's retries) without the SDK's
    /// per-request diagnostics: its logging and tracing policies, an Activity per request and the telemetry header
    /// cost engine CPU on every storage request, and nothing here listens to them (the provider logs on its own).
    /// </summary>
    private static StorageAccountClientProvider ClientProvider(string connectionString) => new(
        StorageServiceClientProvider.ForBlob(connectionString, Quiet(new BlobClientOptions())),
        StorageServiceClientProvider.ForQueue(connectionString, Quiet(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None })),
        StorageServiceClientProvider.ForTable(connectionString, Quiet(new TableClientOptions())));

    private static T Quiet<T>(T options)
        where T : ClientOptions
    {
        options.Diagnostics.IsLoggingEnabled = false;
        options.Diagnostics.IsDistributedTracingEnabled = false;
        options.Diagnostics.IsTelemetryEnabled = false;
        return options;
    }
}
