namespace Pmo.Api.Capacity;

/// <summary>The capacity view's query string: <c>from</c> and <c>to</c> (required months), <c>groupBy</c> (default Department).</summary>
public sealed record CapacityViewParameters(
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "groupBy")] string? GroupBy)
{
    public (YearMonth From, YearMonth To) Months() => (RouteValues.Month(From, "from"), RouteValues.Month(To, "to"));

    public CapacityGrouping Grouping() => RouteValues.Enum<CapacityGrouping>(GroupBy, "groupBy") ?? CapacityGrouping.Department;
}
