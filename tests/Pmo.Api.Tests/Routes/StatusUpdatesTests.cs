using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Primitives;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class StatusUpdatesTests(ApiServer server)
{
    private readonly HttpClient _manager = server.Client(ApiServer.ManagerKey);

    [Fact]
    public async Task Put_creates_the_weeks_update_with_201_and_tells_the_weeks_chase()
    {
        var id = NewId("P");
        await _manager.CreateProjectAsync(id);
        await server.Durable.ScheduleNewOrchestrationInstanceAsync("ChaseOrchestrator", null, new Microsoft.DurableTask.StartOrchestrationOptions($"chase-{id}-2026-W48"));

        using var response = await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/projects/{id}/updates/2026-W48", response.Headers.Location?.OriginalString);
        var stored = (await server.Store.StatusUpdates.FindAsync(id, new IsoWeek(2026, 48)))!.Value;
        Assert.Equal(ApiServer.ManagerEmail, stored.SubmittedBy);
        Assert.NotNull(stored.EventDeliveredAt);
        Assert.Contains(server.Durable.Raised, e => e.InstanceId == $"chase-{id}-2026-W48" && e.EventName == "UpdateSubmitted");
        var project = (await server.Store.Projects.FindAsync(id))!.Value;
        Assert.Equal(Rag.Amber, project.LatestRag);
    }

    [Fact]
    public async Task Put_again_without_if_match_is_409_and_with_it_replaces()
    {
        var id = NewId("P");
        await _manager.CreateProjectAsync(id);
        using var created = await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48"));

        using var conflict = await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48", "Red"));
        await AssertProblemAsync(conflict, HttpStatusCode.Conflict);

        using var replaced = await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48", "Red"), created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("Red", (await BodyAsync(replaced))["overall"]!.GetValue<string>());

        using var stale = await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48"), created.Headers.ETag!.Tag);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Get_and_list_return_the_updates()
    {
        var id = NewId("P");
        await _manager.CreateProjectAsync(id);
        (await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W47", Update(id, "2026-W47"))).Dispose();
        (await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48"))).Dispose();

        using var one = await _manager.GetAsync($"/api/projects/{id}/updates/2026-W47");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.NotNull(one.Headers.ETag);

        using var list = await _manager.GetAsync($"/api/projects/{id}/updates?from=2026-W48");
        Assert.Single(System.Text.Json.Nodes.JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray());
    }

    [Fact]
    public async Task Bad_week_is_400_and_mismatched_body_is_422()
    {
        var id = NewId("P");
        await _manager.CreateProjectAsync(id);
        using var badWeek = await _manager.GetAsync($"/api/projects/{id}/updates/2026-W60");
        await AssertProblemAsync(badWeek, HttpStatusCode.BadRequest, "week");

        using var mismatch = await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W47"));
        await AssertProblemAsync(mismatch, HttpStatusCode.UnprocessableEntity, "week");

        using var missing = await _manager.GetAsync($"/api/projects/{id}/updates/2026-W01");
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_update_is_422_naming_the_field()
    {
        var id = NewId("P");
        await _manager.CreateProjectAsync(id);
        var body = Update(id, "2026-W48");
        body["progressPercent"] = 140;
        using var response = await _manager.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", body);
        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "progressPercent");
    }
}
