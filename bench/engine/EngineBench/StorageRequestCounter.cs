using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace EngineBench;

/// <summary>
/// Counts this process's HTTP requests to loopback storage ports from .NET's own "http.client.request.duration"
/// metric (the Azure SDKs use HttpClient). No proxy and no Azurite debug log, so the count costs nothing measurable.
/// The sidecar's gRPC calls go over a Unix socket to "sidecar" and are not counted.
/// </summary>
public sealed class StorageRequestCounter : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<int, long> byPort = new();

    public StorageRequestCounter()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
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

            if (address is "127.0.0.1" or "localhost")
            {
                byPort.AddOrUpdate(port, 1, (_, n) => n + 1);
            }
        });
        listener.Start();
    }

    public long Total => byPort.Values.Sum();

    public Dictionary<int, long> Snapshot() => new(byPort);

    public void Dispose() => listener.Dispose();
}
