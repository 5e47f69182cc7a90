using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pmo.Api.Tests.Infrastructure;

/// <summary>Bodies as an integrator writes them (camelCase JSON), unique ids, and small HTTP helpers.</summary>
public static class TestData
{
    private static int _next;

    public static string NewId(string prefix) => $"{prefix}-{Interlocked.Increment(ref _next):D4}-{Guid.NewGuid().ToString("N")[..6]}";

    public static JsonObject Project(string id, string managerEmail = ApiServer.ManagerEmail) => new()
    {
        ["id"] = id,
        ["name"] = $"Project {id}",
        ["description"] = "Moves the billing platform to the cloud.",
        ["portfolio"] = "Digital",
        ["sponsor"] = new JsonObject { ["name"] = "Sam Sponsor", ["email"] = "sponsor@example.org" },
        ["manager"] = new JsonObject { ["name"] = "Pat Manager", ["email"] = managerEmail, ["language"] = "En" },
        ["phase"] = "Execution",
        ["priority"] = new JsonObject { ["strategicAlignment"] = 4, ["businessValue"] = 5, ["urgency"] = 3, ["riskReduction"] = 2, ["feasibility"] = 4 },
        ["budget"] = new JsonObject { ["approved"] = 100000, ["actualToDate"] = 25000, ["forecastAtCompletion"] = 98000, ["currency"] = "EUR" },
        ["start"] = "2026-01-05",
        ["baselineEnd"] = "2026-12-18",
        ["milestones"] = new JsonArray(new JsonObject { ["name"] = "Go-live", ["baseline"] = "2026-10-01" }),
    };

    public static JsonObject Update(string projectId, string week, string overall = "Amber") => new()
    {
        ["projectId"] = projectId,
        ["week"] = week,
        ["overall"] = overall,
        ["dimensions"] = new JsonObject { ["schedule"] = overall, ["budget"] = "Green", ["scope"] = "Green", ["resources"] = "Green", ["risks"] = "Green" },
        ["progressPercent"] = 40,
        ["accomplishments"] = "Data migration rehearsed.",
        ["nextSteps"] = "Cut-over plan.",
    };

    public static JsonObject Risk(string id, string projectId) => new()
    {
        ["id"] = id, ["projectId"] = projectId, ["title"] = "Supplier late", ["probability"] = 4, ["impact"] = 3, ["raised"] = "2026-11-02",
    };

    public static JsonObject Issue(string id, string projectId) => new()
    {
        ["id"] = id, ["projectId"] = projectId, ["title"] = "Test environment down", ["severity"] = "High", ["raised"] = "2026-11-02",
    };

    public static JsonObject Decision(string id, string projectId) => new()
    {
        ["id"] = id, ["projectId"] = projectId, ["title"] = "Extend the pilot", ["outcome"] = "Approve", ["decidedAt"] = "2026-11-20T10:00:00+00:00",
    };

    public static StringContent Json(JsonNode node, string mediaType = "application/json") =>
        new(node.ToJsonString(), Encoding.UTF8, mediaType);

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = Json(body, mediaType);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<(JsonObject Body, string ETag)> CreateProjectAsync(this HttpClient client, string id, string managerEmail = ApiServer.ManagerEmail)
    {
        using var response = await client.PostAsync("/api/projects", Json(Project(id, managerEmail)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await BodyAsync(response), response.Headers.ETag!.Tag);
    }

    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>Asserts an RFC 9457 problem with <paramref name="status"/>; returns it.</summary>
    public static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
        if (field is not null)
        {
            var errors = problem["errors"]?.AsObject();
            Assert.True(errors is not null && errors.ContainsKey(field), $"Expected an error for '{field}': {text}");
        }

        return problem;
    }

    public static EntityTagHeaderValue Tag(string etag) => new(etag);

    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);
}
