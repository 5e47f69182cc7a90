using System.Text;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Fuzz;

/// <summary>What the OpenAPI sweep found, one request each: every one was a 5xx, a dropped connection or a wrong status.</summary>
[Collection(ApiCollection.Name)]
public sealed class SweepFindingsTests(ApiServer server)
{
    [Theory]
    [InlineData("{\"name\":\"A\",\"name\":\"B\"}", "body")]
    [InlineData("{\"name\":\"\\ud800\"}", "name")]
    [InlineData("{\"milestones\":[{\"name\":\"\\udc00x\"}]}", "milestones[0].name")]
    public async Task A_merge_patch_with_a_duplicate_member_or_an_unpaired_surrogate_is_a_400_naming_it(string patch, string field)
    {
        var id = NewId("SF");
        var (_, etag) = await server.Client().CreateProjectAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/projects/{id}") { Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        using var response = await server.Client().SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("/api/packs/9999-12", "month")]
    [InlineData("/api/packs/9999-12/files/pdf", "month")]
    [InlineData("/api/projects/{0}/updates/9999-W01", "week")]
    [InlineData("/api/projects/{0}/updates?from=9999-W01", "from")]
    [InlineData("/api/portfolio/kpis?week=9999-W52", "week")]
    public async Task A_week_or_month_of_year_9999_is_a_400_naming_it(string url, string field)
    {
        var id = NewId("SF");
        await server.Client().CreateProjectAsync(id);

        using var response = await server.Client().GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, id));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_status_update_for_a_week_of_year_9999_is_a_400_naming_the_week()
    {
        var id = NewId("SF");
        await server.Client().CreateProjectAsync(id);

        using var response = await server.Client().SendAsync(HttpMethod.Put, $"/api/projects/{id}/updates/2026-W48", Update(id, "9999-W01"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "week");
    }

    [Fact]
    public async Task Running_the_review_of_a_month_of_year_9999_is_a_400()
    {
        using var response = await server.Client().PostAsync("/api/packs/9999-12/run", null);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "month");
    }

    [Fact]
    public async Task A_body_far_above_the_limit_is_a_413_that_closes_the_connection_so_the_next_request_is_answered()
    {
        // Sent at once (no Expect: 100-continue): the server answers before reading it all, then cannot keep the connection.
        var id = NewId("SF");
        var body = Project(id);
        body["description"] = new string('x', 3 * Pmo.Api.Http.JsonBody.DefaultMaxBytes);
        using var client = server.Client();
        using var huge = new HttpRequestMessage(HttpMethod.Post, "/api/projects") { Content = Json(body) };

        using var refused = await client.SendAsync(huge);
        using var next = await client.PostAsync($"/api/projects/{id}/risks", new StringContent("{}", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        Assert.True(refused.Headers.ConnectionClose, "A 413 must close the connection: the rest of the body was never read.");
        await AssertProblemAsync(next, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"overall\"\r\n\r\nGre")]
    [InlineData("multipart/form-data", "--x\r\n")]
    [InlineData("application/x-www-form-urlencoded", "overall=Green&version=%00")]
    public async Task A_form_the_reader_cannot_parse_is_a_400_page_not_a_500_or_a_413(string contentType, string form)
    {
        var id = NewId("SF");
        await server.Client().CreateProjectAsync(id);
        var url = await Links.UpdateFormAsync(server, id);
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(form));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await server.Browser().PostAsync(url, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_link_page_error_is_html_for_a_browser_and_problem_json_for_any_other_client()
    {
        const string Forged = "/api/forms/update/forged-token";

        using var browser = await server.Browser().GetAsync(Forged);
        using var api = await server.Client(apiKey: null).GetAsync(Forged);
        using var curl = await new HttpClient { BaseAddress = server.BaseAddress }.GetAsync(Forged);

        Assert.Equal(HttpStatusCode.Forbidden, browser.StatusCode);
        Assert.Equal("text/html", browser.Content.Headers.ContentType?.MediaType);
        var problem = await AssertProblemAsync(api, HttpStatusCode.Forbidden);
        Assert.StartsWith("The link is invalid or has expired.", problem["detail"]?.GetValue<string>(), StringComparison.Ordinal);
        await AssertProblemAsync(curl, HttpStatusCode.Forbidden);
        Assert.Contains("Accept", api.Headers.Vary);
    }

    [Fact]
    public async Task A_form_post_with_errors_is_a_422_problem_for_an_api_client()
    {
        var id = NewId("SF");
        await server.Client().CreateProjectAsync(id);
        var url = await Links.UpdateFormAsync(server, id);

        using var response = await server.Client(apiKey: null).PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["overall"] = "Purple" }));

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Null(await server.Store.StatusUpdates.FindAsync(id, Links.Week));
    }

    [Fact]
    public async Task An_unknown_outbox_message_is_a_404_problem_for_an_api_client()
    {
        using var response = await server.Client().GetAsync("/api/dashboard/outbox/nothing-here.eml");

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.False(string.IsNullOrEmpty(problem["type"]?.GetValue<string>()));
    }
}
