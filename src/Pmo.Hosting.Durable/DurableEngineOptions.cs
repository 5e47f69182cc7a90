using System.ComponentModel.DataAnnotations;

namespace Pmo.Hosting.Durable;

/// <summary>Which store the embedded Durable Task engine keeps orchestration state in.</summary>
public enum DurableBackend
{
    /// <summary>The Durable Task Framework's Azure Storage provider on Azurite (started by the engine) or on <see cref="DurableEngineOptions.ConnectionString"/>.</summary>
    Azurite,

    /// <summary>The in-memory store of the in-process sidecar: fast, lost on exit; for tests.</summary>
    InMemory,
}

/// <summary>Settings of the embedded engine, bound from the "Durable" configuration section.</summary>
public sealed class DurableEngineOptions
{
    /// <summary>The configuration section the hosts bind.</summary>
    public const string SectionName = "Durable";

    /// <summary>Where orchestration state lives; Azurite by default.</summary>
    public DurableBackend Backend { get; set; } = DurableBackend.Azurite;

    /// <summary>Task hub name: names the queues, tables and blob containers (Azure Storage rules: 3-45 letters or digits).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = "TaskHubName must be 3-45 letters or digits, starting with a letter.")]
    public string TaskHubName { get; set; } = "PmoHub";

    /// <summary>Folder for engine data; the engine's own Azurite keeps its files in its "azurite" subfolder.</summary>
    [Required]
    public string DataFolder { get; set; } = ".data";

    /// <summary>
    /// A storage connection string (another Azurite or a real account). When set, the engine starts no Azurite.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Folder holding the pinned Azurite install (tools/azurite, with node_modules). Default: found by walking up
    /// from the application folder and the working directory.
    /// </summary>
    public string? AzuriteFolder { get; set; }

    /// <summary>The Node.js executable that runs Azurite.</summary>
    [Required]
    public string NodePath { get; set; } = "node";

    /// <summary>How long to wait for Azurite to listen.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AzuriteStartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest idle gap between two polls of the storage queues. It bounds how late a due timer or a new event is
    /// noticed (the provider's default is 30 s; 500 ms keeps local reactions under a second).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Control-queue partitions. One is plenty for a single local host and means fewer queues to poll.</summary>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 1;

    /// <summary>
    /// How long an orchestration message stays hidden once fetched. After a crash, or a stop that caught a message
    /// fetched but not yet run, that orchestration resumes once this passes (provider default: 5 min). The engine
    /// renews the lock of an episode that runs longer (LockRenewingOrchestrationService; the weekly cycle's fan-out to
    /// 1,000 chases can), so a short value is safe for one local host.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long an activity stays hidden while it runs. The sidecar does not renew it, so an activity running longer
    /// is delivered again (activities are idempotent, so that costs time, not correctness); after a crash, the
    /// activity in flight is retried once this passes. One minute is ten times the longest activity measured (the
    /// review pack of 10,000 projects, about 4–7 s) and brings a crashed host's cycle back within a minute
    /// (provider default: 5 min).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Activities run at once. Each activity waits on a few storage round trips (fetch, result, delete), so with the
    /// provider's default of 10 a backlog of short activities is latency-bound, not CPU-bound (docs/performance.md).
    /// </summary>
    [Range(1, 1000)]
    public int MaxConcurrentActivities { get; set; } = 100;

    /// <summary>
    /// Activity fetches kept in flight (Azure Storage backend). The sidecar fetches one activity at a time and each fetch
    /// is a queue request, so under a burst activities started no faster than one such round trip each
    /// (docs/performance.md). Idle, each fetch polls the work-item queue (up to <see cref="MaxQueuePollingInterval"/>).
    /// </summary>
    [Range(1, 32)]
    public int ActivityFetchers { get; set; } = 4;

    /// <summary>Orchestration episodes run at once (the provider's default).</summary>
    [Range(1, 1000)]
    public int MaxConcurrentOrchestrations { get; set; } = 100;

    /// <summary>
    /// Orchestration messages fetched ahead per control queue. With one partition the provider's default (64) starves
    /// the dispatcher during a burst; 256 keeps it busy (docs/performance.md).
    /// </summary>
    [Range(32, 1000)]
    public int ControlQueueBufferThreshold { get; set; } = 256;

    /// <summary>
    /// Extended sessions (Azure Storage backend): how long a running orchestration stays in memory after an episode,
    /// waiting for its next message. Its next episode then reads no history from storage; a burst of chases waiting on
    /// their activities saves a history query per episode (docs/performance.md). Zero turns them off. Memory only: a
    /// crash or a stop loses nothing but the cache.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ExtendedSessionIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On shutdown, how long work items in flight may take to finish before the engine stops anyway.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How often a client waiting for an instance to finish re-reads its status on Azure Storage (the provider
    /// polls every 2 s; the engine polls its own, local store faster).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:00:10")]
    public TimeSpan StatusPollingInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
