using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pmo.Api.Tests.Fuzz.Sweep;
using Pmo.Local.Tests.Support;
using Xunit.Abstractions;

namespace Pmo.Local.Tests.EndToEnd;

/// <summary>
/// The OpenAPI sweep (the engine of tests/Pmo.Api.Tests/Fuzz/Sweep) against the real local host process: its full
/// document, which adds the local-only routes (/api/local/run-now, backup, purge, outbox) to the shared API, answered
/// through the host's own composition (Kestrel limits, engine over Azurite, SQLite, outbox).
/// </summary>
public sealed class LocalApiSweepTests(ITestOutputHelper output)
{
    private const int Seed = 20261204;
    private const string ReaderKey = "sweep-reader-key-0123456789";
    private const string Project = "SWEEP-P";
    private const string ClosedByTheSweep = "SWEEP-CLOSE";
    private const string Week = "2026-W48";
    private const string Month = "2026-10";
    private const string Person = SweepPeople.Id;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5); // bounds a hang on a loaded 2-core CI box

    [Fact]
    public async Task Every_operation_of_the_local_hosts_openapi_document_answers_malformed_requests_below_500_with_problem_json()
    {
        using var data = new TempFolder();
        await using var host = await LocalHostProcess.StartAsync(data.Path, StartTimeout, new Dictionary<string, string>
        {
            ["PMO_Local__SchedulerEnabled"] = "false",
            ["PMO_Api__ApiKeys__1__Key"] = ReaderKey,
            ["PMO_Api__ApiKeys__1__Role"] = "Pmo.Reader",
            ["PMO_Api__ApiKeys__1__Email"] = "reader@example.org",
        });
        var (escalationId, demandId) = await SeedAsync(host.Client);
        var document = new OpenApiOperations((await host.Client.GetFromJsonAsync<JsonObject>("api/openapi.json"))!);
        Assert.Contains(document.Operations, o => o.Path.StartsWith("/api/local/", StringComparison.Ordinal));
        var settings = (await host.Client.GetFromJsonAsync<JsonObject>("api/settings"))!;

        var target = new SweepTarget
        {
            ValidValue = (operation, name) => ValidValue(operation, name, escalationId, demandId),
            ValidBody = operation => ValidBody(operation, settings),
            BaselineForm = operation => operation.Path switch
            {
                "/api/forms/update/{token}" => "overall=&accomplishments=Sweep",
                "/api/forms/decision/{token}" => "outcome=&comment=Sweep",
                "/api/dashboard/signin" => "apiKey=not-a-key",
                _ => null,
            },
            Credentials = new Dictionary<string, (string Name, string Value)[]>
            {
                [SweepTarget.Admin] = [("X-Api-Key", LocalHostProcess.AdminKey)],
                ["no credential"] = [],
                ["reader key"] = [("X-Api-Key", ReaderKey)],
                ["unknown key"] = [("X-Api-Key", "not-a-key-not-a-key-not-a-key")],
                ["bearer garbage"] = [("Authorization", "Bearer garbage")],
            },
            MaxBodyBytes = Pmo.Api.Http.JsonBody.DefaultMaxBytes,
        };
        var report = await new SweepRunner(host.BaseAddress, target).RunAsync(new SweepCases(document, target, Seed).Generate(), document.Operations.Count);

        output.WriteLine(report.Summary);
        output.WriteLine(report.PerOperation);
        Assert.True(report.Failures.Count == 0, $"{report.Summary}\n{report.Grouped(80)}\nHost output:\n{Tail(host.Output, 4000)}");
    }

    /// <summary>What the valid values point to; returns the escalation's and the demand's ids.</summary>
    private static async Task<(string EscalationId, string DemandId)> SeedAsync(HttpClient api)
    {
        foreach (var id in new[] { Project, ClosedByTheSweep })
        {
            (await api.PostAsJsonAsync("api/projects", ProjectBody(id))).EnsureSuccessStatusCode().Dispose();
        }

        (await api.PostAsJsonAsync($"api/projects/{Project}/risks", RecordBody("risks", "SWEEP-R"))).EnsureSuccessStatusCode().Dispose();
        (await api.PostAsJsonAsync($"api/projects/{Project}/issues", RecordBody("issues", "SWEEP-I"))).EnsureSuccessStatusCode().Dispose();
        (await api.PostAsJsonAsync($"api/projects/{Project}/decisions", RecordBody("decisions", "SWEEP-D"))).EnsureSuccessStatusCode().Dispose();
        (await api.PutAsJsonAsync($"api/projects/{Project}/updates/{Week}", UpdateBody())).EnsureSuccessStatusCode().Dispose();
        var settings = await api.GetFromJsonAsync<JsonObject>("api/settings");
        (await api.PutAsJsonAsync("api/settings", settings)).EnsureSuccessStatusCode().Dispose();
        (await api.PostAsJsonAsync("api/people", SweepPeople.Person(Person))).EnsureSuccessStatusCode().Dispose();
        (await api.PutAsJsonAsync($"api/allocations/{Person}/{Project}/{Month}", new JsonObject { ["days"] = 5 })).EnsureSuccessStatusCode().Dispose();
        using var escalation = await api.PostAsJsonAsync("api/escalations", new JsonObject { ["projectId"] = Project, ["summary"] = "Seeded by the sweep." });
        Assert.Equal(HttpStatusCode.Created, escalation.StatusCode);
        using var demand = await api.PostAsJsonAsync("api/demands", DemandBody());
        Assert.Equal(HttpStatusCode.Created, demand.StatusCode);
        return ((await escalation.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(),
            (await demand.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    private static string ValidValue(OpenApiOperation operation, string name, string escalationId, string demandId) => name switch
    {
        "projectId" or "project" => operation.Path.EndsWith("/close", StringComparison.Ordinal) ? ClosedByTheSweep : Project,
        "id" when operation.Path.Contains("/risks/", StringComparison.Ordinal) => "SWEEP-R",
        "id" when operation.Path.Contains("/issues/", StringComparison.Ordinal) => "SWEEP-I",
        "id" when operation.Path.Contains("/decisions/", StringComparison.Ordinal) => "SWEEP-D",
        "id" when operation.Path.StartsWith("/api/demands/", StringComparison.Ordinal) => demandId,
        "id" => escalationId,
        "personId" or "person" => Person,
        "groupBy" => "Skill",
        "from" when SweepPeople.TakesMonths(operation) => "2026-09",
        "to" when SweepPeople.TakesMonths(operation) => Month,
        "week" or "to" => Week,
        "from" => "2026-W40",
        "month" => Month,
        "format" => "pdf",
        "instanceId" => "review-" + Month,
        "phase" => "Execution",
        "active" => "true",
        "portfolio" => "Digital",
        "manager" => "pm@example.org",
        "rag" => "Amber",
        "q" => "Project",
        "pageSize" => "10",
        "status" when operation.Path.StartsWith("/api/demands", StringComparison.Ordinal) => "Submitted",
        "status" => "all",
        "limit" or "max" => "5",
        "days" => "30",
        "secondsPerWeek" => "3600",
        "olderThanDays" => "90",
        "continuation" => "",
        _ => "sweep",
    };

    private static JsonNode? ValidBody(OpenApiOperation operation, JsonObject settings) => (operation.Method, operation.Path) switch
    {
        ("POST", "/api/projects") => ProjectBody("SWEEP-NEW"),
        ("PUT", "/api/projects/{projectId}") => ProjectBody(Project),
        ("PATCH", "/api/projects/{projectId}") => new JsonObject { ["name"] = "Patched by the sweep" },
        ("PUT", "/api/projects/{projectId}/updates/{week}") => UpdateBody(),
        ("POST", "/api/projects/{projectId}/risks") => RecordBody("risks", "SWEEP-R2"),
        ("PUT", "/api/projects/{projectId}/risks/{id}") => RecordBody("risks", "SWEEP-R"),
        ("POST", "/api/projects/{projectId}/issues") => RecordBody("issues", "SWEEP-I2"),
        ("PUT", "/api/projects/{projectId}/issues/{id}") => RecordBody("issues", "SWEEP-I"),
        ("POST", "/api/projects/{projectId}/decisions") => RecordBody("decisions", "SWEEP-D2"),
        ("PUT", "/api/projects/{projectId}/decisions/{id}") => RecordBody("decisions", "SWEEP-D"),
        ("POST", "/api/escalations") => new JsonObject { ["projectId"] = Project, ["summary"] = "Raised by the sweep." },
        ("PUT", "/api/settings") => settings.DeepClone(),
        ("POST", "/api/people") => SweepPeople.Person("SWEEP-PERSON2"),
        ("PUT", "/api/people/{personId}") => SweepPeople.Person(Person),
        ("PUT", "/api/allocations/{personId}/{projectId}/{month}") => new JsonObject { ["days"] = 3 },
        ("POST", "/api/capacity/staffing-preview") => new JsonObject
        {
            ["lines"] = new JsonArray(new JsonObject { ["personId"] = Person, ["month"] = Month, ["days"] = 4 }),
        },
        ("POST", "/api/projects/{projectId}/staffing") => new JsonObject
        {
            ["manager"] = new JsonObject { ["personId"] = Person },
            ["team"] = new JsonArray(new JsonObject { ["personId"] = Person, ["month"] = Month, ["days"] = 4 }),
        },
        ("POST", "/api/demands") or ("PUT", "/api/demands/{id}") => DemandBody(),
        ("POST", "/api/demands/{id}/return") or ("POST", "/api/demands/{id}/withdraw") => new JsonObject { ["comment"] = "By the sweep." },
        ("POST", "/api/intake-links") => new JsonObject { ["language"] = "Fr" },
        _ => null,
    };

    private static JsonObject ProjectBody(string id) => new()
    {
        ["id"] = id,
        ["name"] = "Project " + id,
        ["portfolio"] = "Digital",
        ["sponsor"] = new JsonObject { ["name"] = "Sam Sponsor", ["email"] = "sponsor@example.org" },
        ["manager"] = new JsonObject { ["name"] = "Pat Manager", ["email"] = "pm@example.org", ["language"] = "En" },
        ["phase"] = "Execution",
        ["budget"] = new JsonObject { ["approved"] = 100000, ["actualToDate"] = 25000, ["forecastAtCompletion"] = 98000, ["currency"] = "EUR" },
        ["start"] = "2026-01-05",
        ["baselineEnd"] = "2027-06-30",
        ["milestones"] = new JsonArray(new JsonObject { ["name"] = "Go-live", ["baseline"] = "2027-03-01" }),
    };

    private static JsonObject DemandBody() => new()
    {
        ["title"] = "Supplier portal",
        ["sponsor"] = new JsonObject { ["name"] = "Sam Sponsor", ["email"] = "sponsor@example.org" },
        ["department"] = "Purchasing",
        ["businessCase"] = "Suppliers call us to ask where their invoice is.",
        ["expectedBenefits"] = "Half the calls.",
        ["estimatedBudget"] = new JsonObject { ["amount"] = 120000, ["currency"] = "EUR" },
        ["estimatedDurationMonths"] = 6,
        ["requester"] = new JsonObject { ["name"] = "Camille Martin", ["email"] = "camille@example.org", ["language"] = "Fr" },
    };

    private static JsonObject UpdateBody() => new()
    {
        ["projectId"] = Project,
        ["week"] = Week,
        ["overall"] = "Amber",
        ["progressPercent"] = 40,
        ["accomplishments"] = "Rehearsed the migration.",
    };

    private static JsonObject RecordBody(string kind, string id) => kind switch
    {
        "risks" => new JsonObject { ["id"] = id, ["projectId"] = Project, ["title"] = "Supplier late", ["probability"] = 4, ["impact"] = 3, ["raised"] = "2026-11-02" },
        "issues" => new JsonObject { ["id"] = id, ["projectId"] = Project, ["title"] = "Test environment down", ["severity"] = "High", ["raised"] = "2026-11-02" },
        _ => new JsonObject { ["id"] = id, ["projectId"] = Project, ["title"] = "Extend the pilot", ["outcome"] = "Approve", ["decidedAt"] = "2026-11-20T10:00:00+00:00" },
    };

    private static string Tail(string text, int max) => text.Length <= max ? text : text[^max..];
}
