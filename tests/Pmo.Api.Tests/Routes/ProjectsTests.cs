using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class ProjectsTests(ApiServer server)
{
    private readonly HttpClient _admin = server.Client();

    [Fact]
    public async Task Create_returns_201_with_location_and_a_strong_quoted_etag()
    {
        var id = NewId("P");
        using var response = await _admin.PostAsync("/api/projects", Json(Project(id)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/projects/{id}", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.StartsWith("\"", response.Headers.ETag.Tag, StringComparison.Ordinal);
        Assert.Equal(id, (await BodyAsync(response))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_returns_the_project_and_its_etag()
    {
        var id = NewId("P");
        var (_, etag) = await _admin.CreateProjectAsync(id);

        using var response = await _admin.GetAsync($"/api/projects/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag!.Tag);
        Assert.Equal("Execution", (await BodyAsync(response))["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_unknown_project_is_404_problem()
    {
        using var response = await _admin.GetAsync("/api/projects/NOPE-404");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_with_a_bad_id_is_400_naming_projectId()
    {
        using var response = await _admin.GetAsync("/api/projects/%27%3B%20DROP%20TABLE");
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "projectId");
    }

    [Fact]
    public async Task Create_twice_is_409()
    {
        var id = NewId("P");
        await _admin.CreateProjectAsync(id);
        using var response = await _admin.PostAsync("/api/projects", Json(Project(id)));
        await AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_with_invalid_fields_is_422_naming_them()
    {
        var body = Project(NewId("P"));
        body["name"] = "";
        body["manager"]!["email"] = "not-an-email";
        using var response = await _admin.PostAsync("/api/projects", Json(body));
        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "name");
        Assert.True(problem["errors"]!.AsObject().ContainsKey("manager.email"), problem.ToJsonString());
    }

    [Fact]
    public async Task Create_with_a_wrong_type_is_400_naming_the_json_path()
    {
        var body = Project(NewId("P"));
        body["budget"]!["approved"] = "a lot";
        using var response = await _admin.PostAsync("/api/projects", Json(body));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "budget.approved");
    }

    [Fact]
    public async Task Create_with_an_integer_enum_is_400_naming_it()
    {
        var body = Project(NewId("P"));
        body["phase"] = 3;
        using var response = await _admin.PostAsync("/api/projects", Json(body));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "phase");
    }

    [Fact]
    public async Task Create_without_a_required_member_is_400_naming_it()
    {
        var body = Project(NewId("P"));
        body.Remove("sponsor");
        using var response = await _admin.PostAsync("/api/projects", Json(body));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "sponsor");
    }

    [Fact]
    public async Task Create_with_malformed_json_is_400()
    {
        using var response = await _admin.PostAsync("/api/projects", new StringContent("{\"id\": \"P-1\",", System.Text.Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Create_as_text_plain_is_415()
    {
        using var response = await _admin.PostAsync("/api/projects", new StringContent(Project(NewId("P")).ToJsonString()));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Create_with_a_huge_body_is_413()
    {
        var body = Project(NewId("P"));
        body["description"] = new string('x', 300_000);
        using var response = await _admin.PostAsync("/api/projects", Json(body));
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Create_with_a_huge_chunked_body_without_length_is_413()
    {
        var body = Project(NewId("P"));
        body["description"] = new string('x', 600_000);
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString())));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/projects") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _admin.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Replace_with_the_current_etag_succeeds_and_changes_the_etag()
    {
        var id = NewId("P");
        var (body, etag) = await _admin.CreateProjectAsync(id);
        body["name"] = "Renamed";

        using var response = await _admin.SendAsync(HttpMethod.Put, $"/api/projects/{id}", body, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        Assert.Equal("Renamed", (await BodyAsync(response))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replace_with_a_stale_etag_is_412_and_changes_nothing()
    {
        var id = NewId("P");
        var (body, etag) = await _admin.CreateProjectAsync(id);
        body["name"] = "First";
        using (var first = await _admin.SendAsync(HttpMethod.Put, $"/api/projects/{id}", body, etag))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        body["name"] = "Second";
        using var second = await _admin.SendAsync(HttpMethod.Put, $"/api/projects/{id}", body, etag);

        await AssertProblemAsync(second, HttpStatusCode.PreconditionFailed);
        Assert.Equal("First", (await server.Store.Projects.FindAsync(id))!.Value.Name);
    }

    [Fact]
    public async Task Replace_without_if_match_is_428()
    {
        var id = NewId("P");
        var (body, _) = await _admin.CreateProjectAsync(id);
        using var response = await _admin.SendAsync(HttpMethod.Put, $"/api/projects/{id}", body);
        await AssertProblemAsync(response, HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Replace_with_another_id_in_the_body_is_422_naming_id()
    {
        var id = NewId("P");
        var (body, etag) = await _admin.CreateProjectAsync(id);
        body["id"] = "OTHER-1";
        using var response = await _admin.SendAsync(HttpMethod.Put, $"/api/projects/{id}", body, etag);
        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "id");
    }

    [Fact]
    public async Task Merge_patch_changes_only_the_given_members()
    {
        var id = NewId("P");
        var (_, etag) = await _admin.CreateProjectAsync(id);
        var patch = new JsonObject { ["name"] = "Patched", ["budget"] = new JsonObject { ["forecastAtCompletion"] = 120000 } };

        using var response = await _admin.SendAsync(HttpMethod.Patch, $"/api/projects/{id}", patch, etag, "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = (await server.Store.Projects.FindAsync(id))!.Value;
        Assert.Equal("Patched", stored.Name);
        Assert.Equal(120000m, stored.Budget.ForecastAtCompletion);
        Assert.Equal(100000m, stored.Budget.Approved);
    }

    [Fact]
    public async Task Merge_patch_with_a_wrong_type_is_400_naming_the_field()
    {
        var id = NewId("P");
        var (_, etag) = await _admin.CreateProjectAsync(id);
        var patch = new JsonObject { ["budget"] = new JsonObject { ["approved"] = true } };
        using var response = await _admin.SendAsync(HttpMethod.Patch, $"/api/projects/{id}", patch, etag, "application/merge-patch+json");
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "budget.approved");
    }

    [Fact]
    public async Task Merge_patch_sent_as_application_json_is_415()
    {
        var id = NewId("P");
        var (_, etag) = await _admin.CreateProjectAsync(id);
        using var response = await _admin.SendAsync(HttpMethod.Patch, $"/api/projects/{id}", new JsonObject { ["name"] = "x" }, etag);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Close_moves_the_project_to_closed_and_a_second_close_is_409()
    {
        var id = NewId("P");
        var (_, etag) = await _admin.CreateProjectAsync(id);

        using var closed = await _admin.SendAsync(HttpMethod.Post, $"/api/projects/{id}/close", ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Closed", (await BodyAsync(closed))["phase"]!.GetValue<string>());

        using var again = await _admin.SendAsync(HttpMethod.Post, $"/api/projects/{id}/close", ifMatch: closed.Headers.ETag!.Tag);
        await AssertProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task List_filters_by_text_and_pages_with_a_continuation_token()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await _admin.CreateProjectAsync($"LIST-{tag}-{i}");
        }

        using var first = await _admin.GetAsync($"/api/projects?q={tag}&pageSize=2");
        var page1 = await BodyAsync(first);
        Assert.Equal(2, page1["items"]!.AsArray().Count);
        var token = page1["continuationToken"]!.GetValue<string>();

        using var second = await _admin.GetAsync($"/api/projects?q={tag}&pageSize=2&continuation={Uri.EscapeDataString(token)}");
        var page2 = await BodyAsync(second);
        Assert.Single(page2["items"]!.AsArray());
        Assert.Null(page2["continuationToken"]);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("phase=Nope", "phase")]
    [InlineData("rag=7", "rag")]
    [InlineData("active=maybe", "active")]
    public async Task List_with_a_bad_filter_is_400_naming_it(string query, string field)
    {
        using var response = await _admin.GetAsync($"/api/projects?{query}");
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Unknown_route_under_api_is_404_problem_and_wrong_method_405_problem()
    {
        using var unknown = await _admin.GetAsync("/api/nothing-here");
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        using var method = await _admin.DeleteAsync("/api/projects");
        await AssertProblemAsync(method, HttpStatusCode.MethodNotAllowed);
    }
}
