using System.Text;
using Microsoft.DurableTask.Client;
using Pmo.Functions.Http;
using Pmo.Functions.Tests.Infrastructure;

namespace Pmo.Functions.Tests.Http;

/// <summary>HTTP functions called directly: request in, result out, executed over the SQLite store.</summary>
public sealed class HttpFunctionTests : IAsyncDisposable
{
    private readonly FunctionsTestHost _host = new();
    private HttpFunctionCaller Caller => new(_host);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Each_http_function_hands_its_request_to_the_api_endpoint_of_its_own_method_and_route()
    {
        await using var scope = _host.NewInvocation();
        foreach (var function in HttpFunctionCaller.HttpFunctions())
        {
            var trigger = HttpFunctionCaller.Trigger(function)!;
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            var result = Assert.IsType<ApiEndpointResult>(HttpFunctionCaller.Invoke(function, scope.ServiceProvider, context.Request, _host.Durable));
            Assert.Equal(trigger.Methods!.Single().ToUpperInvariant(), result.Route.Method);
            Assert.Equal(trigger.Route, result.Route.Template);
        }
    }

    [Fact]
    public async Task Health_is_anonymous_and_reads_the_store()
    {
        var response = await Caller.CallAsync("GetHealth", "/api/health");

        Assert.Equal(200, response.Status);
        Assert.Equal("ok", response.Json["status"]!.GetValue<string>());
        Assert.Equal("default", response.Json["tenant"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_then_get_a_project_round_trips_through_the_store_with_its_etag()
    {
        var created = await Caller.CallAsync("CreateProject", "/api/projects", FunctionsTestHost.AdminKey, Bodies.Project("billing"));
        Assert.Equal(201, created.Status);
        Assert.False(string.IsNullOrEmpty(created.ETag));

        var read = await Caller.CallAsync("GetProject", "/api/projects/billing", FunctionsTestHost.ReaderKey);
        Assert.Equal(200, read.Status);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal("Project billing", read.Json["name"]!.GetValue<string>());
        Assert.NotNull((await _host.Store.Projects.FindAsync("billing"))?.Value);
    }

    [Fact]
    public async Task A_request_without_credentials_is_refused_with_a_401_problem()
    {
        var response = await Caller.CallAsync("ListProjects", "/api/projects");

        Assert.Equal(401, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Fact]
    public async Task A_reader_may_not_write_and_gets_a_403_problem()
    {
        var response = await Caller.CallAsync("CreateProject", "/api/projects", FunctionsTestHost.ReaderKey, Bodies.Project("refused"));

        Assert.Equal(403, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Null(await _host.Store.Projects.FindAsync("refused"));
    }

    [Fact]
    public async Task A_missing_project_is_a_404_problem_naming_it()
    {
        var response = await Caller.CallAsync("GetProject", "/api/projects/nowhere", FunctionsTestHost.ReaderKey);

        Assert.Equal(404, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Contains("nowhere", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_etag_is_a_412_problem_and_changes_nothing()
    {
        var created = await Caller.CallAsync("CreateProject", "/api/projects", FunctionsTestHost.AdminKey, Bodies.Project("etags"));
        var renamed = Bodies.Project("etags");
        renamed["name"] = "Renamed";

        var first = await Caller.CallAsync("ReplaceProject", "/api/projects/etags", FunctionsTestHost.AdminKey, renamed, created.ETag);
        var stale = await Caller.CallAsync("ReplaceProject", "/api/projects/etags", FunctionsTestHost.AdminKey, Bodies.Project("etags"), created.ETag);

        Assert.Equal(200, first.Status);
        Assert.Equal(412, stale.Status);
        Assert.Equal("Renamed", (await _host.Store.Projects.FindAsync("etags"))!.Value.Name);
    }

    [Theory]
    [InlineData("{\"id\":\"broken\",", "application/json", 400)]
    [InlineData("{\"id\":\"broken\",\"id\":\"twice\"}", "application/json", 400)]
    [InlineData("{\"id\":\"broken\"}", "text/plain", 415)]
    public async Task Malformed_json_is_a_problem_from_the_functions_host_too(string body, string contentType, int status)
    {
        var response = await Caller.CallAsync("CreateProject", "/api/projects", FunctionsTestHost.AdminKey, Encoding.UTF8.GetBytes(body), contentType);

        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(status, response.Json["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_above_the_limit_is_a_413_problem_from_the_functions_host_declared_or_not(bool chunked)
    {
        var project = Bodies.Project("huge");
        project["description"] = new string('x', 3 * Pmo.Api.Http.JsonBody.DefaultMaxBytes);

        var response = await Caller.CallAsync("CreateProject", "/api/projects", FunctionsTestHost.AdminKey, Encoding.UTF8.GetBytes(project.ToJsonString()), "application/json", chunked: chunked);

        Assert.Equal(413, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(413, response.Json["status"]!.GetValue<int>());
        Assert.Null(await _host.Store.Projects.FindAsync("huge"));
    }

    [Fact]
    public async Task The_orchestration_status_is_read_from_the_bound_durable_client()
    {
        _host.Durable.Add("weekly-2026-W49", "WeeklyCycleOrchestrator", OrchestrationRuntimeStatus.Running);

        var found = await Caller.CallAsync("GetOrchestration", "/api/orchestrations/weekly-2026-W49", FunctionsTestHost.ReaderKey);
        var missing = await Caller.CallAsync("GetOrchestration", "/api/orchestrations/weekly-2026-W50", FunctionsTestHost.ReaderKey);

        Assert.Equal(200, found.Status);
        Assert.Equal("Running", found.Json["runtimeStatus"]!.GetValue<string>());
        Assert.Equal(404, missing.Status);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_shared_api_routes()
    {
        var response = await Caller.CallAsync("GetOpenApiDocument", "/api/openapi.json");

        Assert.Equal(200, response.Status);
        var paths = response.Json["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/projects/{projectId}", paths);
        Assert.Contains("/api/health", paths);
    }

    [Fact]
    public async Task The_openapi_document_describes_months_and_weeks_as_patterned_strings_as_the_shared_api_does()
    {
        var response = await Caller.CallAsync("GetOpenApiDocument", "/api/openapi.json");

        Assert.Equal(200, response.Status);
        var schemas = response.Json["components"]!["schemas"]!;
        foreach (var (name, written) in new[] { ("YearMonth", "2026-11"), ("IsoWeek", "2026-W48") })
        {
            Assert.Equal("string", schemas[name]!["type"]!.GetValue<string>());
            Assert.Matches(schemas[name]!["pattern"]!.GetValue<string>(), written);
        }

        Assert.DoesNotMatch(schemas["YearMonth"]!["pattern"]!.GetValue<string>(), "2026-13");
        Assert.DoesNotMatch(schemas["IsoWeek"]!["pattern"]!.GetValue<string>(), "2026-W54");
    }

    [Fact]
    public async Task A_link_page_opens_without_credentials_and_refuses_a_forged_token_with_an_html_page()
    {
        var response = await Caller.CallAsync("ShowUpdateForm", "/api/forms/update/forged-token", accept: "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(403, response.Status);
        Assert.StartsWith("text/html", response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_page_refuses_a_forged_token_to_a_client_that_is_not_a_browser_with_a_403_problem()
    {
        var response = await Caller.CallAsync("ShowUpdateForm", "/api/forms/update/forged-token");

        Assert.Equal(403, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(403, response.Json["status"]!.GetValue<int>());
    }
}
