using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class EscalationsTests(ApiServer server)
{
    private readonly HttpClient _admin = server.Client();

    [Fact]
    public async Task Raise_stores_the_escalation_with_its_sla_and_starts_the_orchestration()
    {
        var projectId = NewId("P");
        await _admin.CreateProjectAsync(projectId);

        using var response = await _admin.PostAsync("/api/escalations", Json(new JsonObject { ["projectId"] = projectId, ["summary"] = "Budget overrun", ["question"] = "Fund the gap?" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BodyAsync(response);
        var id = body["id"]!.GetValue<string>();
        Assert.Equal($"/api/escalations/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Manual", body["reason"]!.GetValue<string>());
        Assert.Equal(server.Clock.GetUtcNow().AddDays(3), body["reminderDue"]!.GetValue<DateTimeOffset>());
        Assert.True(server.Durable.Started.ContainsKey($"escalation-{id}"));

        using var status = await _admin.GetAsync($"/api/orchestrations/escalation-{id}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("Running", (await BodyAsync(status))["runtimeStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Raise_with_the_same_idempotency_key_returns_the_first_answer_and_raises_once()
    {
        var projectId = NewId("P");
        await _admin.CreateProjectAsync(projectId);
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> Raise()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/escalations") { Content = Json(new JsonObject { ["projectId"] = projectId, ["summary"] = "Slip" }) };
            request.Headers.Add("Idempotency-Key", key);
            return await _admin.SendAsync(request);
        }

        using var first = await Raise();
        using var second = await Raise();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Single(await server.Store.Escalations.ListByProjectAsync(projectId));
    }

    [Fact]
    public async Task List_get_and_errors()
    {
        var projectId = NewId("P");
        await _admin.CreateProjectAsync(projectId);
        using var raised = await _admin.PostAsync("/api/escalations", Json(new JsonObject { ["projectId"] = projectId, ["summary"] = "Blocked" }));
        var id = (await BodyAsync(raised))["id"]!.GetValue<string>();

        using var list = await _admin.GetAsync($"/api/escalations?projectId={projectId}&status=all");
        Assert.Single(JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray());
        using var open = await _admin.GetAsync("/api/escalations");
        Assert.Contains(id, await open.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var get = await _admin.GetAsync($"/api/escalations/{id}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);

        using var missing = await _admin.GetAsync("/api/escalations/nope");
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
        using var badStatus = await _admin.GetAsync("/api/escalations?status=closedish");
        await AssertProblemAsync(badStatus, HttpStatusCode.BadRequest, "status");
        using var noSummary = await _admin.PostAsync("/api/escalations", Json(new JsonObject { ["projectId"] = projectId, ["summary"] = " " }));
        await AssertProblemAsync(noSummary, HttpStatusCode.UnprocessableEntity, "summary");
        using var unknownProject = await _admin.PostAsync("/api/escalations", Json(new JsonObject { ["projectId"] = "NOPE-1", ["summary"] = "x" }));
        await AssertProblemAsync(unknownProject, HttpStatusCode.NotFound);
        using var unknownInstance = await _admin.GetAsync("/api/orchestrations/escalation-nope");
        await AssertProblemAsync(unknownInstance, HttpStatusCode.NotFound);
    }
}
