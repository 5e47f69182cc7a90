namespace Pmo.Api.Capacity;

/// <summary>/api/people: the people the PMO staffs. Readers read; the PMO writes, with ETags (If-Match on replace and delete).</summary>
public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapArea("/people", "Capacity");
        people.MapGet("/", List).ForReaders();
        people.MapPost("/", Create).ForPmo().Accepts<Person>("application/json");
        people.MapGet("/{personId}", Get).ForReaders();
        people.MapPut("/{personId}", Replace).ForPmo().Accepts<Person>("application/json");
        people.MapDelete("/{personId}", Delete).ForPmo();
        return api;
    }

    public static async Task<Ok<IReadOnlyList<Person>>> List(CapacityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListPeopleAsync(cancellationToken));

    public static async Task<Ok<Person>> Get(string personId, CapacityService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await service.GetPersonAsync(RouteValues.Id(personId, "personId"), cancellationToken);
        return WithETag.Ok(response, found);
    }

    public static async Task<Created<Person>> Create(HttpRequest request, CapacityService service, CancellationToken cancellationToken)
    {
        var person = await JsonBody.ReadAsync<Person>(request);
        RouteValues.Id(person.Id, "id");
        var created = await service.CreatePersonAsync(person, cancellationToken);
        return WithETag.Created(request.HttpContext.Response, $"/api/people/{Uri.EscapeDataString(created.Value.Id)}", created);
    }

    public static async Task<Ok<Person>> Replace(string personId, HttpRequest request, CapacityService service, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(personId, "personId");
        var ifMatch = Preconditions.RequireIfMatch(request);
        var person = await JsonBody.ReadAsync<Person>(request);
        var saved = await service.ReplacePersonAsync(id, person, ifMatch, cancellationToken);
        return WithETag.Ok(request.HttpContext.Response, saved);
    }

    public static async Task<NoContent> Delete(string personId, HttpRequest request, CapacityService service, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(personId, "personId");
        await service.DeletePersonAsync(id, Preconditions.RequireIfMatch(request), cancellationToken);
        return TypedResults.NoContent();
    }
}
