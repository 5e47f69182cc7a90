namespace Pmo.Storage.Cosmos.Diagnostics;

/// <summary>
/// Cost accounting: the request units each store operation consumed, summed over the requests it made
/// (a query may read several pages). One instance per process; read it in tests, logs or a health page.
/// </summary>
public interface ICosmosRequestCharges
{
    void Record(string kind, string operation, int requests, double requestUnits);

    /// <summary>The totals so far, one line per kind and operation.</summary>
    IReadOnlyList<RequestChargeTotal> Totals();
}

/// <summary>What one kind of operation cost so far: how often it ran, its requests and request units.</summary>
public sealed record RequestChargeTotal(string Kind, string Operation, int Operations, int Requests, double RequestUnits);
