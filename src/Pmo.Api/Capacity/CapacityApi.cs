namespace Pmo.Api.Capacity;

/// <summary>/api/capacity: the capacity view per month and group, and the staffing preview of a proposed team (reads only).</summary>
public static class CapacityApi
{
    public static RouteGroupBuilder MapCapacityApi(this RouteGroupBuilder api)
    {
        var capacity = api.MapArea("/capacity", "Capacity");
        capacity.MapGet("/", View).ForReaders();
        capacity.MapPost("/staffing-preview", Preview).ForReaders()
            .ProducesWriteProblems().Accepts<StaffingProposal>("application/json");
        return api;
    }

    public static async Task<Ok<CapacityView>> View(CapacityService service, [AsParameters] CapacityViewParameters parameters, CancellationToken cancellationToken)
    {
        var months = parameters.Months();
        return TypedResults.Ok(await service.GetViewAsync(months.From, months.To, parameters.Grouping(), cancellationToken));
    }

    /// <summary>Nothing is written: the answer says what the team would do to each person's load.</summary>
    public static async Task<Ok<StaffingResult>> Preview(HttpRequest request, CapacityService service, CancellationToken cancellationToken)
    {
        var proposal = await JsonBody.ReadAsync<StaffingProposal>(request);
        return TypedResults.Ok(await service.PreviewStaffingAsync(proposal, cancellationToken));
    }
}
