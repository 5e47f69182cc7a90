using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class ProjectRecordsTests(ApiServer server)
{
    private readonly HttpClient _admin = server.Client();

    public static TheoryData<string> Kinds => new() { "risks", "issues", "decisions" };

    private static JsonObject Body(string kind, string id, string projectId) => kind switch
    {
        "risks" => Risk(id, projectId),
        "issues" => Issue(id, projectId),
        _ => Decision(id, projectId),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Create_get_list_and_replace(string kind)
    {
        var projectId = NewId("P");
        await _admin.CreateProjectAsync(projectId);
        var id = NewId("X");

        using var created = await _admin.PostAsync($"/api/projects/{projectId}/{kind}", Json(Body(kind, id, projectId)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/projects/{projectId}/{kind}/{id}", created.Headers.Location?.OriginalString);

        using var got = await _admin.GetAsync($"/api/projects/{projectId}/{kind}/{id}");
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);

        using var list = await _admin.GetAsync($"/api/projects/{projectId}/{kind}");
        Assert.Single(JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray());

        var changed = Body(kind, id, projectId);
        changed["title"] = "Changed";
        using var replaced = await _admin.SendAsync(HttpMethod.Put, $"/api/projects/{projectId}/{kind}/{id}", changed, created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        using var stale = await _admin.SendAsync(HttpMethod.Put, $"/api/projects/{projectId}/{kind}/{id}", changed, created.Headers.ETag!.Tag);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        using var noIfMatch = await _admin.SendAsync(HttpMethod.Put, $"/api/projects/{projectId}/{kind}/{id}", changed);
        await AssertProblemAsync(noIfMatch, HttpStatusCode.PreconditionRequired);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_record_is_not_found_through_another_projects_url(string kind)
    {
        var projectId = NewId("P");
        var otherId = NewId("P");
        await _admin.CreateProjectAsync(projectId);
        await _admin.CreateProjectAsync(otherId);
        var id = NewId("X");
        (await _admin.PostAsync($"/api/projects/{projectId}/{kind}", Json(Body(kind, id, projectId)))).Dispose();

        using var response = await _admin.GetAsync($"/api/projects/{otherId}/{kind}/{id}");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Body_naming_another_project_is_422(string kind)
    {
        var projectId = NewId("P");
        await _admin.CreateProjectAsync(projectId);
        using var response = await _admin.PostAsync($"/api/projects/{projectId}/{kind}", Json(Body(kind, NewId("X"), "SOMEONE-ELSE")));
        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "projectId");
    }

    [Fact]
    public async Task Risk_with_a_probability_out_of_range_is_422()
    {
        var projectId = NewId("P");
        await _admin.CreateProjectAsync(projectId);
        var body = Risk(NewId("R"), projectId);
        body["probability"] = 9;
        using var response = await _admin.PostAsync($"/api/projects/{projectId}/risks", Json(body));
        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "probability");
    }

    [Fact]
    public async Task Records_of_an_unknown_project_are_404()
    {
        using var response = await _admin.GetAsync("/api/projects/UNKNOWN-P/risks");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
