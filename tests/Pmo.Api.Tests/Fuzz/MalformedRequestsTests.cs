using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using Xunit.Abstractions;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Fuzz;

[Collection(FuzzCollection.Name)]
public sealed class MalformedRequestsTests(ApiServer server, ITestOutputHelper output)
{
    private const int Count = 1_500;

    [Fact]
    public async Task Malformed_requests_get_problem_json_never_a_5xx_and_leave_the_store_unchanged()
    {
        var admin = server.Client();
        var projectId = NewId("FZ");
        var (_, _) = await admin.CreateProjectAsync(projectId);
        var riskId = NewId("R");
        (await admin.PostAsync($"/api/projects/{projectId}/risks", Json(Risk(riskId, projectId)))).Dispose();
        (await admin.SendAsync(HttpMethod.Put, $"/api/projects/{projectId}/updates/2026-W48", Update(projectId, "2026-W48"))).Dispose();
        (await admin.SendAsync(HttpMethod.Put, "/api/settings", await BodyAsync(await admin.GetAsync("/api/settings")))).Dispose();
        var before = await StoreSnapshot.TakeAsync(server.Store);
        var startedBefore = server.Durable.Started.Count;

        var failures = new List<string>();
        var byStatus = new SortedDictionary<int, int>();
        var rejectedByKestrel = 0;
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        foreach (var request in new MalformedRequests(new Random(20261125), projectId, riskId, "2026-W48").Generate(Count))
        {
            using var message = new HttpRequestMessage(request.Method, request.Url);
            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(request.Body);
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);

                // As large uploads do: the server refuses the size before the body is sent, instead of resetting mid-upload.
                message.Headers.ExpectContinue = request.Body.Length > 64 * 1024;
            }

            if (request.ApiKey is not null)
            {
                message.Headers.TryAddWithoutValidation("X-Api-Key", request.ApiKey);
            }

            foreach (var (name, value) in request.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            HttpResponseMessage sent;
            try
            {
                sent = await client.SendAsync(message);
            }
            catch (HttpRequestException ex)
            {
                failures.Add($"no answer ({ex.Message}) for {request}");
                continue;
            }

            using var response = sent;
            var status = (int)response.StatusCode;
            byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
            var problem = await ProblemOrNullAsync(response);
            if (status is < 400 or >= 500)
            {
                failures.Add($"{status} for {request}");
            }
            else if (status == 400 && request.Url.Contains("%00", StringComparison.Ordinal) && response.Content.Headers.ContentLength == 0)
            {
                // Kestrel refuses a NUL in the path before any middleware runs: a bare 400, still never a 5xx.
                rejectedByKestrel++;
            }
            else if (problem is null || problem["status"]?.GetValue<int>() != status)
            {
                failures.Add($"{status} without a matching problem+json for {request}");
            }
        }

        output.WriteLine($"{Count} malformed requests; answers by status: {string.Join(", ", byStatus.Select(s => $"{s.Key}×{s.Value}"))}; {rejectedByKestrel} refused by Kestrel before the app (NUL in the path).");
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n" + string.Join("\n", failures.Take(20)));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(server.Store));
        Assert.Equal(startedBefore, server.Durable.Started.Count);
    }

    private static async Task<JsonObject?> ProblemOrNullAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType is not MediaTypeHeaderValue { MediaType: "application/problem+json" })
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
