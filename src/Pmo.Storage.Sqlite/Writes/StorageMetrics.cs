using System.Diagnostics.Metrics;

namespace Pmo.Storage.Sqlite.Writes;

/// <summary>
/// The write path's instruments, on one meter (<c>Pmo.Storage.Sqlite</c>): what <c>bench/load/profile.sh</c> reads with
/// dotnet-counters to tell where a submission waits (docs/performance.md).
/// </summary>
internal static class StorageMetrics
{
    private static readonly Meter Meter = new("Pmo.Storage.Sqlite");

    public static readonly Histogram<int> BatchSizes = Meter.CreateHistogram<int>(
        "pmo.sqlite.write_batch.size", "{write}", "Writers committed in one SQLite transaction (group commit).");

    public static readonly Histogram<double> BatchDurations = Meter.CreateHistogram<double>(
        "pmo.sqlite.write_batch.duration", "ms", "One group-commit transaction, from BEGIN to COMMIT done.");

    public static readonly Histogram<double> QueueWaits = Meter.CreateHistogram<double>(
        "pmo.sqlite.write.queue_wait", "ms", "From a writer queuing to the start of its transaction.");

    public static readonly Histogram<int> WalFrames = Meter.CreateHistogram<int>(
        "pmo.sqlite.wal.frames", "{frame}", "The WAL's length as a background checkpoint found it.");

    public static readonly Counter<int> CatchUps = Meter.CreateCounter<int>(
        "pmo.sqlite.wal.catch_ups", "{checkpoint}", "Checkpoints the writer ran between transactions so that a long WAL restarts.");
}
