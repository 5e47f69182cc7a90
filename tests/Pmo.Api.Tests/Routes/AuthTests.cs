using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class AuthTests(ApiServer server)
{
    [Fact]
    public async Task No_key_is_401_problem()
    {
        using var response = await server.Client(apiKey: null).GetAsync("/api/projects");
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unknown_key_is_401_problem()
    {
        using var response = await server.Client("not-a-key-of-ours-at-all").GetAsync("/api/projects");
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Health_and_openapi_need_no_key()
    {
        using var health = await server.Client(apiKey: null).GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var openApi = await server.Client(apiKey: null).GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
    }

    [Fact]
    public async Task Reader_can_read_but_not_write()
    {
        var id = NewId("P");
        await server.Client().CreateProjectAsync(id);
        var reader = server.Client(ApiServer.ReaderKey);

        using var read = await reader.GetAsync($"/api/projects/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        using var create = await reader.PostAsync("/api/projects", Json(Project(NewId("P"))));
        await AssertProblemAsync(create, HttpStatusCode.Forbidden);
        using var update = await reader.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48"));
        await AssertProblemAsync(update, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Manager_can_change_their_own_project()
    {
        var id = NewId("P");
        var manager = server.Client(ApiServer.ManagerKey);
        var (body, etag) = await manager.CreateProjectAsync(id);
        body["name"] = "Mine, renamed";

        using var response = await manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}", body, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Manager_cannot_touch_another_managers_project()
    {
        var id = NewId("P");
        var (body, etag) = await server.Client().CreateProjectAsync(id, ApiServer.OtherManagerEmail);
        var manager = server.Client(ApiServer.ManagerKey);

        using var put = await manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}", body, etag);
        await AssertProblemAsync(put, HttpStatusCode.Forbidden);
        using var risk = await manager.PostAsync($"/api/projects/{id}/risks", Json(Risk(NewId("R"), id)));
        await AssertProblemAsync(risk, HttpStatusCode.Forbidden);
        using var update = await manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48"));
        await AssertProblemAsync(update, HttpStatusCode.Forbidden);
        using var escalation = await manager.PostAsync("/api/escalations", Json(new JsonObject { ["projectId"] = id, ["summary"] = "Help" }));
        await AssertProblemAsync(escalation, HttpStatusCode.Forbidden);
        Assert.Equal(etag.Trim('"'), (await server.Store.Projects.FindAsync(id))!.ETag.Trim('"'));
    }

    [Fact]
    public async Task Manager_cannot_create_a_project_for_someone_else_nor_hand_theirs_over()
    {
        var manager = server.Client(ApiServer.ManagerKey);
        using var create = await manager.PostAsync("/api/projects", Json(Project(NewId("P"), ApiServer.OtherManagerEmail)));
        await AssertProblemAsync(create, HttpStatusCode.Forbidden);

        var id = NewId("P");
        var (body, etag) = await manager.CreateProjectAsync(id);
        body["manager"]!["email"] = ApiServer.OtherManagerEmail;
        using var handOver = await manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}", body, etag);
        await AssertProblemAsync(handOver, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Manager_can_read_other_projects()
    {
        var id = NewId("P");
        await server.Client().CreateProjectAsync(id, ApiServer.OtherManagerEmail);
        using var response = await server.Client(ApiServer.ManagerKey).GetAsync($"/api/projects/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Only_admins_change_settings_or_run_packs()
    {
        var manager = server.Client(ApiServer.ManagerKey);
        using var settings = await manager.SendAsync(HttpMethod.Put, "/api/settings", new JsonObject());
        await AssertProblemAsync(settings, HttpStatusCode.Forbidden);
        using var run = await manager.PostAsync("/api/packs/2026-10/run", null);
        await AssertProblemAsync(run, HttpStatusCode.Forbidden);
    }
}
