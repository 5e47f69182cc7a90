using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace EngineBench;

/// <summary>Where the engine's Azurite runs, read from the azurite.json the engine writes in its data folder.</summary>
public sealed record AzuriteProcess(int ProcessId, int BlobPort, int QueuePort, int TablePort)
{
    // Azurite's fixed, publicly documented development account.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{Account};QueueEndpoint=http://127.0.0.1:{QueuePort}/{Account};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{Account};";

    public static AzuriteProcess Read(string dataFolder) =>
        JsonSerializer.Deserialize<AzuriteProcess>(File.ReadAllText(Path.Combine(dataFolder, "azurite", "azurite.json")))!;

    /// <summary>CPU time (user + system) the Azurite process has used so far, from /proc/&lt;pid&gt;/stat.</summary>
    public TimeSpan CpuTime()
    {
        // Fields after the command name (which ends with ')'): utime and stime are the 12th and 13th, in clock ticks (100/s).
        var stat = File.ReadAllText($"/proc/{ProcessId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Peak resident set of the Azurite (node) process so far, from /proc (VmHWM), in bytes.</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{ProcessId}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}

/// <summary>
/// Azurite's own request rate here: concurrent workers loop over the engine's kinds of request (queue put, get,
/// delete; table upsert) with the same SDKs and HTTP stack, as fast as Azurite answers.
/// </summary>
public static class AzuriteCeiling
{
    public sealed record Result(long Requests, TimeSpan Elapsed, int Workers, TimeSpan AzuriteCpu, string Load)
    {
        public double PerSecond => Requests / Elapsed.TotalSeconds;

        public override string ToString() =>
            $"{PerSecond:F0} req/s ({Workers} workers, {Elapsed.TotalSeconds:F0} s; Azurite CPU {AzuriteCpu / Elapsed:P0} of one core, " +
            $"{AzuriteCpu.TotalMilliseconds / Requests:F2} ms per request; load {Load})";
    }

    /// <param name="name">Names the queue and table used (letters and digits), so two measurements do not share them.</param>
    public static async Task<Result> MeasureAsync(AzuriteProcess azurite, TimeSpan duration, int workers, string name)
    {
        var queue = new QueueClient(azurite.ConnectionString, name);
        var table = new TableClient(azurite.ConnectionString, name);
        var cpuBefore = azurite.CpuTime();
        await queue.CreateIfNotExistsAsync();
        await table.CreateIfNotExistsAsync();

        long requests = 0;
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                await queue.SendMessageAsync($"w{worker}-{n}");
                var received = (await queue.ReceiveMessagesAsync(maxMessages: 1)).Value;
                foreach (var message in received)
                {
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }

                await table.UpsertEntityAsync(new TableEntity($"w{worker}", (n % 100).ToString(System.Globalization.CultureInfo.InvariantCulture)) { ["Step"] = n });
                Interlocked.Add(ref requests, 3 + received.Length);
                n++;
            }
        }));
        var elapsed = clock.Elapsed;
        return new Result(requests, elapsed, workers, azurite.CpuTime() - cpuBefore, File.ReadAllText("/proc/loadavg").Split(' ')[0]);
    }
}
