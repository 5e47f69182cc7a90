using Microsoft.AspNetCore.Http.HttpResults;
using Pmo.Api.Auth;
using Pmo.Api.Http;
using Pmo.Api.OpenApi;
using Pmo.Domain.Capacity;
using Pmo.Application.Capacity;

namespace Pmo.Api.Capacity;

/// <summary>/api/capacity: the capacity view per month and group, and the staffing preview of a proposed team (reads only).</summary>
public static class CapacityApi
{
    public static RouteGroupBuilder MapCapacityApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var capacity = api.MapGroup("/capacity").WithTags("Capacity");
        capacity.MapGet("/", View).RequireAuthorization(PmoRoles.ReadPolicy);
        capacity.MapPost("/staffing-preview", Preview).RequireAuthorization(PmoRoles.ReadPolicy)
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
