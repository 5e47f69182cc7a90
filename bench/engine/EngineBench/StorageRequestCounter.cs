using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EngineBench;

/// <summary>
/// Counts this process's HTTP requests to loopback storage ports from .NET's own "http.client.request.duration"
/// metric (the Azure SDKs use HttpClient), and sorts them by kind (queue put/get/delete per queue, table query/write
/// per table, blob lease…) from the "System.Net.Http" activity's URL and method. No proxy and no Azurite debug log,
/// so the count costs nothing measurable. The sidecar's gRPC calls stay in memory (no HTTP client metric) and are not
/// counted.
/// </summary>
public sealed class StorageRequestCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ActivityListener _activities;
    private readonly ConcurrentDictionary<int, long> _byPort = new();
    private readonly ConcurrentDictionary<string, long> _byKind = new(StringComparer.Ordinal);

    /// <param name="sortByKind">Also sort requests by kind: an Activity per HTTP request (and a traceparent header), which costs the engine process some CPU.</param>
    public StorageRequestCounter(bool sortByKind = true)
    {
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            string? address = null;
            var port = 0;
            foreach (var tag in tags)
            {
                if (tag.Key == "server.address")
                {
                    address = tag.Value as string;
                }
                else if (tag.Key == "server.port" && tag.Value is int p)
                {
                    port = p;
                }
            }

            if (IsLoopback(address))
            {
                _byPort.AddOrUpdate(port, 1, (_, n) => n + 1);
            }
        });
        _listener.Start();

        _activities = new ActivityListener
        {
            ShouldListenTo = source => sortByKind && source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("url.full") is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsLoopback(uri.Host))
                {
                    var kind = RequestKind.Of(uri, activity.GetTagItem("http.request.method") as string ?? "?");
                    _byKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
    }

    public long Total => _byPort.Values.Sum();

    public Dictionary<int, long> Snapshot() => new(_byPort);

    public Dictionary<string, long> SnapshotKinds() => new(_byKind, StringComparer.Ordinal);

    /// <summary>The counts so far.</summary>
    public RequestMark Mark() => new(Snapshot(), SnapshotKinds());

    /// <summary>The requests made since <paramref name="before"/>, less <paramref name="excluded"/> (e.g. the benchmark's own queries).</summary>
    public RequestMark Since(RequestMark before, RequestMark excluded) => Mark().Minus(before).Minus(excluded);

    public void Dispose()
    {
        _listener.Dispose();
        _activities.Dispose();
    }

    private static bool IsLoopback(string? host) => host is "127.0.0.1" or "localhost";
}

/// <summary>Request counts by service port and by kind, at a moment or between two.</summary>
public sealed record RequestMark(IReadOnlyDictionary<int, long> ByPort, IReadOnlyDictionary<string, long> ByKind)
{
    public static RequestMark Empty { get; } = new(new Dictionary<int, long>(), new Dictionary<string, long>());

    public long Total => ByPort.Values.Sum();

    public RequestMark Plus(RequestMark other) => Combine(other, 1);

    public RequestMark Minus(RequestMark other) => Combine(other, -1);

    private RequestMark Combine(RequestMark other, int sign) => new(
        Merge(ByPort, other.ByPort, sign),
        Merge(ByKind, other.ByKind, sign));

    private static Dictionary<TKey, long> Merge<TKey>(IReadOnlyDictionary<TKey, long> a, IReadOnlyDictionary<TKey, long> b, int sign)
        where TKey : notnull
    {
        var sum = a.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (key, value) in b)
        {
            sum[key] = sum.GetValueOrDefault(key) + sign * value;
        }

        return sum.Where(p => p.Value != 0).ToDictionary(p => p.Key, p => p.Value);
    }
}

/// <summary>
/// Names a storage request by what it does to which store object, e.g. "queue control put", "table History batch".
/// Task hub prefixes are dropped so kinds read the same whatever the hub is called.
/// </summary>
public static class RequestKind
{
    public static string Of(Uri uri, string method)
    {
        // Path: /<account>/<resource>[/<more>]; Azurite's default account comes first on loopback.
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        var resource = segments.Length > 1 ? Uri.UnescapeDataString(segments[1]) : "";
        var query = uri.Query;
        if (segments.Length > 2 && segments[2] == "messages")
        {
            var op = method switch
            {
                "POST" => "put",
                "GET" => query.Contains("peekonly=true", StringComparison.OrdinalIgnoreCase) ? "peek" : "get",
                "DELETE" => "delete",
                "PUT" => "update",
                _ => method,
            };
            return $"queue {QueueName(resource)} {op}";
        }

        if (resource.StartsWith("$batch", StringComparison.Ordinal))
        {
            return "table (batch) batch";
        }

        var paren = resource.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0 || resource == "Tables" || IsTable(resource))
        {
            var table = TableName(paren >= 0 ? resource[..paren] : resource);
            var keyed = paren >= 0 && resource.Contains("PartitionKey=", StringComparison.Ordinal);
            var op = method switch
            {
                "GET" => keyed ? "read" : "query",
                "PUT" => "upsert",
                "MERGE" or "PATCH" => "merge",
                "POST" => "insert",
                "DELETE" => "delete",
                _ => method,
            };
            return $"table {table} {op}";
        }

        if (query.Contains("comp=lease", StringComparison.OrdinalIgnoreCase))
        {
            return $"blob {resource} lease";
        }

        // Queue or container level (metadata, create) and blobs.
        return $"{(segments.Length > 2 ? "blob" : "other")} {QueueName(resource)} {method}";
    }

    // enginebench-control-00 → control; enginebench-workitems → workitems.
    private static string QueueName(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var bare = dash >= 0 ? name[(dash + 1)..] : name;
        return bare.StartsWith("control-", StringComparison.Ordinal) ? "control" : bare;
    }

    private static bool IsTable(string name) => TableName(name) != name;

    // EngineBenchHistory → History; EngineBenchInstances → Instances.
    private static string TableName(string name)
    {
        foreach (var known in new[] { "History", "Instances", "Partitions" })
        {
            if (name.EndsWith(known, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return name;
    }
}
