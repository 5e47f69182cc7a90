using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

/// <summary>POST /api/projects/{projectId}/staffing over the real loopback server: the PMO names the PM and the team.</summary>
[Collection(ApiCollection.Name)]
public sealed class StaffingTests(ApiServer server)
{
    private readonly HttpClient _admin = server.Client();

    private static JsonObject Person(string id, string name, decimal capacity) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["email"] = $"{id.ToLowerInvariant()}@example.org",
        ["department"] = "Data",
        ["role"] = "Data engineer",
        ["capacityDaysPerMonth"] = capacity,
    };

    private static JsonObject Line(string personId, string month, decimal days) => new() { ["personId"] = personId, ["month"] = month, ["days"] = days };

    private static JsonObject Staffing(JsonObject manager, params JsonObject[] team) => new()
    {
        ["manager"] = manager,
        ["team"] = new JsonArray([.. team]),
    };

    /// <summary>A project, a PM-to-be (18 days a month) and a team member (18 days) already given 12 days of March elsewhere.</summary>
    private async Task<(string Project, string ETag, string Pm, string Member)> ArrangeAsync()
    {
        var pm = NewId("lea");
        var member = NewId("bob");
        (await _admin.PostAsync("/api/people", Json(Person(pm, "Léa Martin", 18)))).EnsureSuccessStatusCode().Dispose();
        (await _admin.PostAsync("/api/people", Json(Person(member, "Bob Stone", 18)))).EnsureSuccessStatusCode().Dispose();
        var other = NewId("OTHER");
        await _admin.CreateProjectAsync(other);
        (await _admin.SendAsync(HttpMethod.Put, $"/api/allocations/{member}/{other}/2027-03", new JsonObject { ["days"] = 12 })).EnsureSuccessStatusCode().Dispose();
        var project = NewId("STAFF");
        var (_, etag) = await _admin.CreateProjectAsync(project);
        return (project, etag, pm, member);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string project, JsonObject body, string? ifMatch, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{project}/staffing") { Content = Json(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    private async Task<JsonArray> ListAsync(string url) => JsonNode.Parse(await (await _admin.GetAsync(url)).Content.ReadAsStringAsync())!.AsArray();

    [Fact]
    public async Task Staffing_names_the_pm_writes_the_team_logs_the_decision_and_answers_each_load_across_projects()
    {
        var (project, etag, pm, member) = await ArrangeAsync();

        using var response = await PostAsync(_admin, project, Staffing(new JsonObject { ["personId"] = pm, ["language"] = "Fr" }, Line(pm, "2027-03", 4), Line(member, "2027-03", 10)), etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        using var read = await _admin.GetAsync($"/api/projects/{project}");
        Assert.Equal(read.Headers.ETag, response.Headers.ETag);
        var manager = (await BodyAsync(read))["manager"]!;
        Assert.Equal(($"{pm}@example.org", "Fr"), (manager["email"]!.GetValue<string>(), manager["language"]!.GetValue<string>()));
        Assert.True(body["managerChanged"]!.GetValue<bool>());
        var over = Assert.Single(body["loads"]!["overAllocated"]!.AsArray())!;
        Assert.Equal((member, 22m), (over["personId"]!.GetValue<string>(), over["allocated"]!.GetValue<decimal>()));
        var workload = Assert.Single(body["managerWorkload"]!.AsArray())!;
        Assert.Equal((pm, 4m, 18m), (workload["personId"]!.GetValue<string>(), workload["allocated"]!.GetValue<decimal>(), workload["available"]!.GetValue<decimal>()));
        Assert.Equal([project], body["managerProjects"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(2, (await ListAsync($"/api/allocations?project={project}")).Count);
        var decision = Assert.Single(await ListAsync($"/api/projects/{project}/decisions"))!;
        Assert.Equal(body["decisionId"]!.GetValue<string>(), decision["id"]!.GetValue<string>());
        Assert.StartsWith("Team named: Léa Martin as project manager", decision["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var welcome = Assert.Single(Outbox.Find(server, $"staffing-{project}-welcome"));
        Assert.Equal($"Vous êtes désormais chef de projet de Project {project}", welcome.Subject);
        Assert.Equal("auto-generated", welcome.Headers["Auto-Submitted"]);
    }

    [Fact]
    public async Task A_second_staffing_replaces_the_team_and_does_not_welcome_the_same_pm_again()
    {
        var (project, etag, pm, member) = await ArrangeAsync();
        using var first = await PostAsync(_admin, project, Staffing(new JsonObject { ["personId"] = pm }, Line(pm, "2027-03", 4), Line(member, "2027-03", 10)), etag, NewId("k"));

        using var second = await PostAsync(_admin, project, Staffing(new JsonObject { ["personId"] = pm }, Line(member, "2027-04", 3)), first.Headers.ETag!.Tag, NewId("k"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False((await BodyAsync(second))["managerChanged"]!.GetValue<bool>());
        var allocation = Assert.Single(await ListAsync($"/api/allocations?project={project}"))!;
        Assert.Equal((member, "2027-04", 3m), (allocation["personId"]!.GetValue<string>(), allocation["month"]!.GetValue<string>(), allocation["days"]!.GetValue<decimal>()));
        Assert.Equal(2, (await ListAsync($"/api/projects/{project}/decisions")).Count);
        Assert.Single(Outbox.Find(server, $"staffing-{project}-welcome"));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_replays_the_answer_without_a_second_decision_or_mail()
    {
        var (project, etag, pm, member) = await ArrangeAsync();
        var body = Staffing(new JsonObject { ["name"] = "Zoé Contact", ["email"] = "zoe.contact@example.org" }, Line(member, "2027-03", 2));
        var key = NewId("key");

        using var first = await PostAsync(_admin, project, body, etag, key);
        using var retry = await PostAsync(_admin, project, body, etag, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.True(JsonNode.DeepEquals(await BodyAsync(first), await BodyAsync(retry)));
        Assert.Single(await ListAsync($"/api/projects/{project}/decisions"));
        Assert.Single(Outbox.Find(server, $"staffing-{project}-welcome"));
        Assert.Empty((await BodyAsync(first))["managerWorkload"]!.AsArray());
    }

    [Fact]
    public async Task Without_if_match_it_is_428_and_with_a_stale_etag_412_and_nothing_is_written()
    {
        var (project, etag, pm, _) = await ArrangeAsync();
        var patched = await _admin.SendAsync(HttpMethod.Patch, $"/api/projects/{project}", new JsonObject { ["name"] = "Renamed" }, etag, "application/merge-patch+json");
        patched.EnsureSuccessStatusCode();
        var body = Staffing(new JsonObject { ["personId"] = pm }, Line(pm, "2027-03", 4));

        using var missing = await PostAsync(_admin, project, body, null);
        using var stale = await PostAsync(_admin, project, body, etag, NewId("key"));

        await AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        using var read = await _admin.GetAsync($"/api/projects/{project}");
        Assert.Equal(ApiServer.ManagerEmail, (await BodyAsync(read))["manager"]!["email"]!.GetValue<string>());
        Assert.Empty(await ListAsync($"/api/allocations?project={project}"));
        Assert.Empty(await ListAsync($"/api/projects/{project}/decisions"));
    }

    [Fact]
    public async Task Invalid_lines_and_an_unknown_person_are_422_naming_each_field_and_nothing_is_written()
    {
        var (project, etag, pm, member) = await ArrangeAsync();
        var body = Staffing(
            new JsonObject { ["personId"] = "nobody-" + pm },
            Line("nobody-" + member, "2027-03", 4),
            Line(member, "2027-03", 0),
            Line(pm, "2027-04", 2),
            Line(pm, "2027-04", 3));

        using var response = await PostAsync(_admin, project, body, etag);
        using var contact = await PostAsync(_admin, project, Staffing(new JsonObject { ["name"] = " ", ["email"] = "not-an-address" }), etag);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "manager.personId");
        var errors = problem["errors"]!.AsObject();
        Assert.Superset(new HashSet<string> { "manager.personId", "team[0].personId", "team[1].days", "team[3].month" }, errors.Select(e => e.Key).ToHashSet());
        var contactErrors = (await AssertProblemAsync(contact, HttpStatusCode.UnprocessableEntity, "manager.email"))["errors"]!.AsObject();
        Assert.True(contactErrors.ContainsKey("manager.name"));
        using var read = await _admin.GetAsync($"/api/projects/{project}");
        Assert.Equal(read.Headers.ETag!.Tag, etag);
        Assert.Empty(await ListAsync($"/api/allocations?project={project}"));
    }

    [Fact]
    public async Task Readers_and_project_managers_may_not_staff_a_project_and_an_unknown_project_is_404()
    {
        var (project, etag, pm, _) = await ArrangeAsync();
        var body = Staffing(new JsonObject { ["personId"] = pm }, Line(pm, "2027-03", 4));

        using var reader = await PostAsync(server.Client(ApiServer.ReaderKey), project, body, etag);
        using var manager = await PostAsync(server.Client(ApiServer.ManagerKey), project, body, etag);
        using var unknown = await PostAsync(_admin, "NO-SUCH-PROJECT", body, etag);

        await AssertProblemAsync(reader, HttpStatusCode.Forbidden);
        await AssertProblemAsync(manager, HttpStatusCode.Forbidden);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Empty(await ListAsync($"/api/allocations?project={project}"));
    }
}
