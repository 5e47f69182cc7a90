namespace Pmo.Api.Capacity;

/// <summary>
/// /api/allocations: days of a person on a project in a month. A PUT sets the key (idempotent; the last write wins;
/// 0 days removes it), so no ETag is involved: writes of different keys never touch each other.
/// </summary>
public static class AllocationsApi
{
    private const string Key = "/{personId}/{projectId}/{month}";

    /// <summary>The body of a PUT: the days of the key in the URL.</summary>
    public sealed record AllocationDays(decimal Days);

    public static RouteGroupBuilder MapAllocationsApi(this RouteGroupBuilder api)
    {
        var allocations = api.MapArea("/allocations", "Capacity");
        allocations.MapGet("/", List).ForReaders();
        allocations.MapPut(Key, Set).ForPmo().Accepts<AllocationDays>("application/json");
        allocations.MapDelete(Key, Delete).ForPmo();
        return api;
    }

    /// <summary>Filters combine: <c>person</c>, <c>project</c>, and the inclusive months <c>from</c>/<c>to</c>.</summary>
    public static async Task<Ok<IReadOnlyList<Allocation>>> List(CapacityService service, [AsParameters] AllocationListParameters parameters, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAllocationsAsync(parameters.ToQuery(), cancellationToken));

    /// <summary>200 with the allocation as stored; 204 when 0 days removed it.</summary>
    public static async Task<Results<Ok<Allocation>, NoContent>> Set(
        string personId, string projectId, string month, HttpRequest request, CapacityService service, CancellationToken cancellationToken)
    {
        var person = RouteValues.Id(personId, "personId");
        var project = RouteValues.Id(projectId, "projectId");
        var yearMonth = RouteValues.Month(month, "month");
        var body = await JsonBody.ReadAsync<AllocationDays>(request);
        var stored = await service.SetAllocationAsync(new Allocation(person, project, yearMonth, body.Days), cancellationToken);
        return stored is null ? TypedResults.NoContent() : TypedResults.Ok(stored);
    }

    public static async Task<NoContent> Delete(string personId, string projectId, string month, CapacityService service, CancellationToken cancellationToken)
    {
        await service.DeleteAllocationAsync(
            RouteValues.Id(personId, "personId"), RouteValues.Id(projectId, "projectId"), RouteValues.Month(month, "month"), cancellationToken);
        return TypedResults.NoContent();
    }
}
