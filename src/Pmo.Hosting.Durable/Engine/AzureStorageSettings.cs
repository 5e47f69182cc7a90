using DurableTask.AzureStorage;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>The Azure Storage provider tuned for one local host that must react within a second (see docs/engine.md).</summary>
internal static class AzureStorageSettings
{
    public static AzureStorageOrchestrationServiceSettings Create(DurableEngineOptions options, string connectionString, ILoggerFactory loggerFactory) => new()
    {
        TaskHubName = options.TaskHubName,
        StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
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
}
