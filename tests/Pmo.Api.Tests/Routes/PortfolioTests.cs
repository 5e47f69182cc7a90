using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class PortfolioTests(ApiServer server)
{
    private readonly HttpClient _reader = server.Client(ApiServer.ReaderKey);

    [Fact]
    public async Task Summary_lists_active_projects_with_their_latest_rag_and_the_kpis()
    {
        var id = NewId("P");
        var admin = server.Client();
        await admin.CreateProjectAsync(id);
        (await admin.SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "2026-W48", "Red"))).Dispose();

        using var response = await _reader.GetAsync("/api/portfolio/summary?week=2026-W48");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("2026-W48", body["week"]!.GetValue<string>());
        var line = body["projects"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("Red", line["latestRag"]!.GetValue<string>());
        Assert.True(body["kpis"]!["activeProjects"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Kpis_and_prioritised_portfolio()
    {
        await server.Client().CreateProjectAsync(NewId("P"));
        using var kpis = await _reader.GetAsync("/api/portfolio/kpis");
        Assert.Equal(HttpStatusCode.OK, kpis.StatusCode);
        var body = await BodyAsync(kpis);
        Assert.True(body.ContainsKey("updateCompliance"));
        Assert.True(body.ContainsKey("updatesAfterReminder"));

        // A week nobody was asked about: no compliance figure (null), not 100 %.
        using var before = await _reader.GetAsync("/api/portfolio/kpis?week=2001-W01");
        var empty = await BodyAsync(before);
        Assert.Equal(0, empty["updatesRequested"]!.GetValue<int>());
        Assert.True(empty.ContainsKey("updateCompliance"));
        Assert.Null(empty["updateCompliance"]);

        using var ranked = await _reader.GetAsync("/api/portfolio/prioritised");
        var items = JsonNode.Parse(await ranked.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(1, items[0]!["rank"]!.GetValue<int>());
        Assert.True(items[0]!["score"]!.GetValue<decimal>() >= items[^1]!["score"]!.GetValue<decimal>());

        using var badWeek = await _reader.GetAsync("/api/portfolio/kpis?week=W48");
        await AssertProblemAsync(badWeek, HttpStatusCode.BadRequest, "week");
    }
}
