namespace Pmo.Hosting.Durable;

/// <summary>The engine's log messages (source-generated: no work when the level is off).</summary>
internal static partial class EngineLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Reusing Azurite (pid {ProcessId}) on {Folder}")]
    public static partial void ReusingAzurite(this ILogger logger, int processId, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Started Azurite (pid {ProcessId}) on {Folder}: blob {BlobPort}, queue {QueuePort}, table {TablePort}")]
    public static partial void StartedAzurite(this ILogger logger, int processId, string folder, int blobPort, int queuePort, int tablePort);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azurite (pid {ProcessId}) did not stop on SIGTERM; killing it")]
    public static partial void AzuriteKilled(this ILogger logger, int processId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable engine ready on {Backend} (task hub {TaskHub}) in {ElapsedMs} ms")]
    public static partial void EngineReady(this ILogger logger, DurableBackend backend, string taskHub, long elapsedMs);
}
