using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Pmo.Storage.Cosmos.Diagnostics;

/// <summary>Thread-safe totals of request charges, also published as the metric "pmo.cosmos.request_units".</summary>
public sealed class CosmosRequestCharges : ICosmosRequestCharges
{
    public const string MeterName = "Pmo.Storage.Cosmos";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<double> RequestUnits = Meter.CreateCounter<double>("pmo.cosmos.request_units", "RU", "Request units consumed by store operations.");

    private readonly ConcurrentDictionary<(string Kind, string Operation), Total> _totals = new();

    public void Record(string kind, string operation, int requests, double requestUnits)
    {
        var total = _totals.GetOrAdd((kind, operation), _ => new Total());
        lock (total)
        {
            total.Operations++;
            total.Requests += requests;
            total.RequestUnits += requestUnits;
        }

        RequestUnits.Add(requestUnits, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("operation", operation));
    }

    public IReadOnlyList<RequestChargeTotal> Totals() =>
        [.. _totals
            .Select(pair =>
            {
                lock (pair.Value)
                {
                    return new RequestChargeTotal(pair.Key.Kind, pair.Key.Operation, pair.Value.Operations, pair.Value.Requests, pair.Value.RequestUnits);
                }
            })
            .OrderBy(t => t.Kind, StringComparer.Ordinal)
            .ThenBy(t => t.Operation, StringComparer.Ordinal)];

    private sealed class Total
    {
        public int Operations { get; set; }
        public int Requests { get; set; }
        public double RequestUnits { get; set; }
    }
}
