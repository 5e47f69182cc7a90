namespace Pmo.Functions.Http;

/// <summary>/api/people, /api/allocations, /api/capacity and a project's staffing: resource capacity (issue 24).</summary>
public sealed class CapacityFunctions(ApiEndpoints api)
{
    private const string People = "people";
    private const string Person = "people/{personId}";
    private const string Allocations = "allocations";
    private const string Allocation = "allocations/{personId}/{projectId}/{month}";
    private const string Capacity = "capacity";
    private const string StaffingPreview = "capacity/staffing-preview";
    private const string Staffing = "projects/{projectId}/staffing";

    [Function(nameof(ListPeople))]
    public IResult ListPeople([HttpTrigger(AuthorizationLevel.Function, "get", Route = People)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", People);

    [Function(nameof(CreatePerson))]
    public IResult CreatePerson([HttpTrigger(AuthorizationLevel.Function, "post", Route = People)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", People);

    [Function(nameof(GetPerson))]
    public IResult GetPerson([HttpTrigger(AuthorizationLevel.Function, "get", Route = Person)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Person);

    [Function(nameof(ReplacePerson))]
    public IResult ReplacePerson([HttpTrigger(AuthorizationLevel.Function, "put", Route = Person)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Person);

    [Function(nameof(DeletePerson))]
    public IResult DeletePerson([HttpTrigger(AuthorizationLevel.Function, "delete", Route = Person)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "DELETE", Person);

    [Function(nameof(ListAllocations))]
    public IResult ListAllocations([HttpTrigger(AuthorizationLevel.Function, "get", Route = Allocations)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Allocations);

    [Function(nameof(SetAllocation))]
    public IResult SetAllocation([HttpTrigger(AuthorizationLevel.Function, "put", Route = Allocation)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "PUT", Allocation);

    [Function(nameof(DeleteAllocation))]
    public IResult DeleteAllocation([HttpTrigger(AuthorizationLevel.Function, "delete", Route = Allocation)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "DELETE", Allocation);

    [Function(nameof(GetCapacityView))]
    public IResult GetCapacityView([HttpTrigger(AuthorizationLevel.Function, "get", Route = Capacity)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", Capacity);

    [Function(nameof(PreviewStaffing))]
    public IResult PreviewStaffing([HttpTrigger(AuthorizationLevel.Function, "post", Route = StaffingPreview)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", StaffingPreview);

    [Function(nameof(StaffProject))]
    public IResult StaffProject([HttpTrigger(AuthorizationLevel.Function, "post", Route = Staffing)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", Staffing);
}
