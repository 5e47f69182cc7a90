using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class FeedsAndDocumentsTests(ApiServer server)
{
    [Fact]
    public async Task Calendar_feed_is_icalendar_with_the_coming_governance_events()
    {
        using var response = await server.Client(ApiServer.ReaderKey).GetAsync("/api/calendar.ics?days=14");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", text, StringComparison.Ordinal);
        Assert.Contains("Weekly update requests sent (2026-W49)", text, StringComparison.Ordinal);
        Assert.Contains("Monthly portfolio review pack (2026-11)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_feed_accepts_the_key_in_the_query_for_calendar_clients_but_other_routes_do_not()
    {
        using var ics = await server.Client(apiKey: null).GetAsync($"/api/calendar.ics?key={ApiServer.ReaderKey}");
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        using var projects = await server.Client(apiKey: null).GetAsync($"/api/projects?key={ApiServer.ReaderKey}");
        await AssertProblemAsync(projects, HttpStatusCode.Unauthorized);
        using var badDays = await server.Client().GetAsync("/api/calendar.ics?days=5000");
        await AssertProblemAsync(badDays, HttpStatusCode.BadRequest, "days");
    }

    [Fact]
    public async Task Health_reports_ok_with_the_tenant()
    {
        using var response = await server.Client(apiKey: null).GetAsync("/api/health");
        var body = await BodyAsync(response);
        Assert.Equal("ok", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_document_is_3_1_and_lists_every_mapped_route_and_method()
    {
        using var response = await server.Client(apiKey: null).GetAsync("/api/openapi.json");
        var text = await response.Content.ReadAsStringAsync();
        await File.WriteAllTextAsync(Path.Combine(Browser.Artifacts.Folder("openapi"), "openapi.json"), text);
        var document = JsonNode.Parse(text)!.AsObject();
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var paths = document["paths"]!.AsObject();

        var routes = server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .Where(e => e.RoutePattern.RawText != "/api/openapi.json")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: Normalise(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();

        Assert.True(routes.Count >= 30, $"Only {routes.Count} routes found.");
        var missing = routes.Where(r => paths[r.Path]?[r.Method] is null).ToList();
        Assert.True(missing.Count == 0, "Missing from the OpenAPI document: " + string.Join(", ", missing));
    }

    /// <summary>"/api/projects/{projectId}/" → "/api/projects/{projectId}", as the document writes paths.</summary>
    private static string Normalise(string pattern)
    {
        var trimmed = pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
        return trimmed.Replace("//", "/", StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_request_bodies()
    {
        using var response = await server.Client(apiKey: null).GetAsync("/api/openapi.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(document["paths"]!["/api/projects"]!["post"]!["requestBody"]);
        var staffing = document["paths"]!["/api/projects/{projectId}/staffing"]!["post"]!;
        Assert.NotNull(staffing["requestBody"]);
        Assert.NotNull(staffing["responses"]!["200"]!["content"]!["application/json"]);
        Assert.NotNull(staffing["responses"]!["428"]);
        Assert.NotNull(document["components"]!["securitySchemes"]!["apiKey"]);
    }
}
