using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

/// <summary>/api/people, /api/allocations and /api/capacity over the real loopback server.</summary>
[Collection(ApiCollection.Name)]
public sealed class CapacityTests(ApiServer server)
{
    private readonly HttpClient _admin = server.Client();
    private readonly HttpClient _reader = server.Client(ApiServer.ReaderKey);

    private static JsonObject Person(string id, string department, string role, decimal? capacity, params (string Start, string End)[] absences) => new()
    {
        ["id"] = id,
        ["name"] = $"Person {id}",
        ["email"] = $"{id.ToLowerInvariant()}@example.org",
        ["department"] = department,
        ["role"] = role,
        ["skills"] = new JsonArray("SQL"),
        ["capacityDaysPerMonth"] = capacity,
        ["absences"] = new JsonArray([.. absences.Select(a => (JsonNode)new JsonObject { ["start"] = a.Start, ["end"] = a.End })]),
    };

    private async Task<string> CreatePersonAsync(JsonObject person)
    {
        using var response = await _admin.PostAsync("/api/people", Json(person));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    private async Task AllocateAsync(string personId, string projectId, string month, decimal days)
    {
        using var response = await _admin.SendAsync(HttpMethod.Put, $"/api/allocations/{personId}/{projectId}/{month}", new JsonObject { ["days"] = days });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_person_is_created_read_replaced_and_a_stale_if_match_is_412()
    {
        var id = NewId("ana");
        var person = Person(id, "Data", "Data engineer", 18, ("2027-03-08", "2027-03-12"));

        using var created = await _admin.PostAsync("/api/people", Json(person));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/people/{id}", created.Headers.Location?.OriginalString);
        var body = await BodyAsync(created);
        Assert.False(body["absences"]![0]!.AsObject().ContainsKey("isValid"));

        using var got = await _reader.GetAsync($"/api/people/{id}");
        Assert.Equal(created.Headers.ETag, got.Headers.ETag);
        Assert.Equal("2027-03-12", (await BodyAsync(got))["absences"]![0]!["end"]!.GetValue<string>());

        person["name"] = "Ana B.";
        using var replaced = await _admin.SendAsync(HttpMethod.Put, $"/api/people/{id}", person, created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        person["name"] = "Stale";
        using var stale = await _admin.SendAsync(HttpMethod.Put, $"/api/people/{id}", person, created.Headers.ETag!.Tag);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        using var noIfMatch = await _admin.SendAsync(HttpMethod.Put, $"/api/people/{id}", person);
        await AssertProblemAsync(noIfMatch, HttpStatusCode.PreconditionRequired);
        using var after = await _reader.GetAsync($"/api/people/{id}");
        Assert.Equal("Ana B.", (await BodyAsync(after))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_person_is_422_naming_the_fields()
    {
        var person = Person(NewId("bad"), "Data", "Analyst", 40, ("2027-03-01", "2027-03-02"), ("2027-03-12", "2027-03-08"));
        person["email"] = "nobody";

        using var response = await _admin.PostAsync("/api/people", Json(person));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "absences[1].end");
        Assert.True(problem["errors"]!.AsObject().ContainsKey("capacityDaysPerMonth"));
        Assert.True(problem["errors"]!.AsObject().ContainsKey("email"));
    }

    [Fact]
    public async Task Readers_read_people_but_may_not_write_them()
    {
        using var response = await _reader.PostAsync("/api/people", Json(Person(NewId("r"), "Data", "Analyst", 10)));
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);

        using var list = await _reader.GetAsync("/api/people");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task An_allocation_to_an_unknown_project_or_person_is_422_naming_the_field()
    {
        var id = NewId("ana");
        await CreatePersonAsync(Person(id, "Data", "Analyst", 10));
        var project = NewId("P");
        await _admin.CreateProjectAsync(project);

        using var unknownProject = await _admin.SendAsync(HttpMethod.Put, $"/api/allocations/{id}/NO-SUCH-PROJECT/2027-03", new JsonObject { ["days"] = 5 });
        using var unknownPerson = await _admin.SendAsync(HttpMethod.Put, $"/api/allocations/nobody-{id}/{project}/2027-03", new JsonObject { ["days"] = 5 });
        using var badMonth = await _admin.SendAsync(HttpMethod.Put, $"/api/allocations/{id}/{project}/2027-13", new JsonObject { ["days"] = 5 });

        await AssertProblemAsync(unknownProject, HttpStatusCode.UnprocessableEntity, "projectId");
        await AssertProblemAsync(unknownPerson, HttpStatusCode.UnprocessableEntity, "personId");
        await AssertProblemAsync(badMonth, HttpStatusCode.BadRequest, "month");
        using var list = await _reader.GetAsync($"/api/allocations?person={id}");
        Assert.Empty(JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray());
    }

    [Fact]
    public async Task Allocations_are_set_listed_and_removed_and_a_person_with_days_is_kept()
    {
        var id = NewId("ana");
        var etag = await CreatePersonAsync(Person(id, "Data", "Analyst", 10));
        var project = NewId("P");
        await _admin.CreateProjectAsync(project);
        await AllocateAsync(id, project, "2027-03", 4);
        await AllocateAsync(id, project, "2027-03", 6.5m);
        await AllocateAsync(id, project, "2027-04", 2);

        using var list = await _reader.GetAsync($"/api/allocations?person={id}&from=2027-03&to=2027-03");
        var items = JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(6.5m, Assert.Single(items)!["days"]!.GetValue<decimal>());

        using var refused = await _admin.SendAsync(HttpMethod.Delete, $"/api/people/{id}", ifMatch: etag);
        await AssertProblemAsync(refused, HttpStatusCode.Conflict);

        using var zero = await _admin.SendAsync(HttpMethod.Put, $"/api/allocations/{id}/{project}/2027-03", new JsonObject { ["days"] = 0 });
        using var deleted = await _admin.SendAsync(HttpMethod.Delete, $"/api/allocations/{id}/{project}/2027-04");
        using var deletedAgain = await _admin.SendAsync(HttpMethod.Delete, $"/api/allocations/{id}/{project}/2027-04");
        using var personDeleted = await _admin.SendAsync(HttpMethod.Delete, $"/api/people/{id}", ifMatch: etag);

        Assert.Equal(HttpStatusCode.NoContent, zero.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(deletedAgain, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, personDeleted.StatusCode);
        using var gone = await _reader.GetAsync($"/api/people/{id}");
        await AssertProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_capacity_view_of_a_known_department_gives_capacity_allocated_free_and_over_allocation()
    {
        // March 2027 has 23 working days, April 22. Ana gives 20 days a month; Bob every working day, less a week off
        // in March (5 working days): 18 in March. Bob's 20 allocated days in March are 111.1 % of his 18.
        var department = NewId("Dept");
        var ana = NewId("ana");
        var bob = NewId("bob");
        await CreatePersonAsync(Person(ana, department, "Data engineer", 20));
        await CreatePersonAsync(Person(bob, department, "Data engineer", null, ("2027-03-08", "2027-03-12")));
        var project = NewId("P");
        await _admin.CreateProjectAsync(project);
        await AllocateAsync(ana, project, "2027-03", 15);
        await AllocateAsync(bob, project, "2027-03", 20);

        using var response = await _reader.GetAsync("/api/capacity?from=2027-03&to=2027-04&groupBy=department");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await BodyAsync(response);
        Assert.Equal("Department", view["groupBy"]!.GetValue<string>());
        var cells = view["cells"]!.AsArray().Where(c => c!["group"]!.GetValue<string>() == department).ToList();
        Assert.Equal(2, cells.Count);
        var march = cells[0]!;
        Assert.Equal("2027-03", march["month"]!.GetValue<string>());
        Assert.Equal(38m, march["capacity"]!.GetValue<decimal>());
        Assert.Equal(35m, march["allocated"]!.GetValue<decimal>());
        Assert.Equal(5m, march["free"]!.GetValue<decimal>());
        var over = Assert.Single(march["overAllocated"]!.AsArray())!;
        Assert.Equal(bob, over["personId"]!.GetValue<string>());
        Assert.Equal(111.1m, over["percent"]!.GetValue<decimal>());
        var april = cells[1]!;
        Assert.Equal((42m, 0m, 42m), (april["capacity"]!.GetValue<decimal>(), april["allocated"]!.GetValue<decimal>(), april["free"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task The_capacity_view_refuses_a_bad_range_naming_the_parameter()
    {
        using var missing = await _reader.GetAsync("/api/capacity?to=2027-04");
        using var tooLong = await _reader.GetAsync("/api/capacity?from=2027-01&to=2029-01");
        using var badGroup = await _reader.GetAsync("/api/capacity?from=2027-01&to=2027-02&groupBy=planet");

        await AssertProblemAsync(missing, HttpStatusCode.BadRequest, "from");
        await AssertProblemAsync(tooLong, HttpStatusCode.UnprocessableEntity, "to");
        await AssertProblemAsync(badGroup, HttpStatusCode.BadRequest, "groupBy");
    }

    [Fact]
    public async Task The_staffing_preview_shows_the_load_across_projects_and_the_need_sentence()
    {
        var role = NewId("Role");
        var ana = NewId("ana");
        await CreatePersonAsync(Person(ana, "Data", role, 20));
        var project = NewId("P");
        await _admin.CreateProjectAsync(project);
        await AllocateAsync(ana, project, "2027-03", 15);
        var proposal = new JsonObject
        {
            ["projectId"] = "NEW-GO",
            ["lines"] = new JsonArray(new JsonObject { ["personId"] = ana, ["month"] = "2027-03", ["days"] = 10 }),
        };

        using var response = await _reader.PostAsync("/api/capacity/staffing-preview", Json(proposal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await BodyAsync(response);
        var load = Assert.Single(result["loads"]!.AsArray())!;
        Assert.Equal(25m, load["allocated"]!.GetValue<decimal>());
        Assert.Equal(125m, load["percent"]!.GetValue<decimal>());
        Assert.Single(result["overAllocated"]!.AsArray());
        Assert.Equal($"needs 10 days of {role} time in March 2027; 5 are free.", result["needs"]![0]!["sentence"]!.GetValue<string>());
        using var unchanged = await _reader.GetAsync($"/api/allocations?person={ana}");
        Assert.Single(JsonNode.Parse(await unchanged.Content.ReadAsStringAsync())!.AsArray());
    }

    [Fact]
    public async Task A_staffing_preview_naming_an_unknown_person_is_422_naming_the_line()
    {
        var proposal = new JsonObject
        {
            ["lines"] = new JsonArray(new JsonObject { ["personId"] = NewId("ghost"), ["month"] = "2027-03", ["days"] = 10 }),
        };

        using var response = await _reader.PostAsync("/api/capacity/staffing-preview", Json(proposal));

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "lines[0].personId");
    }
}
