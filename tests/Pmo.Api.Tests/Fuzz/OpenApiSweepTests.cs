using System.Text.Json.Nodes;
using Pmo.Api.Tests.Fuzz.Sweep;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Application.Links;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Xunit.Abstractions;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Fuzz;

/// <summary>A server of its own: the sweep writes whatever its valid-looking requests create.</summary>
[CollectionDefinition(Name)]
public sealed class SweepCollection : ICollectionFixture<ApiServer>
{
    public const string Name = "sweep";
}

/// <summary>
/// The malformed-request sweep: every operation the served /api/openapi.json lists (so a new operation is swept as soon
/// as it is mapped) gets malformed path parameters, queries, bodies, If-Match headers and credentials, one at a time,
/// over a real loopback connection. Every answer must be below 500 and every 4xx an RFC 9457 problem.
/// </summary>
[Collection(SweepCollection.Name)]
public sealed class OpenApiSweepTests(ApiServer server, ITestOutputHelper output)
{
    private const int Seed = 20261125;
    private const string Project = "SWEEP-P";
    private const string ClosedByTheSweep = "SWEEP-CLOSE";
    private const string Risk = "SWEEP-R";
    private const string Issue = "SWEEP-I";
    private const string Decision = "SWEEP-D";
    private const string Escalation = "SWEEP-E";
    private const string Demand = "SWEEP-DEM";
    private const string Week = "2026-W48";
    private const string Month = "2026-10";
    private const string OutboxFile = "sweep-message.eml";
    private const string Person = SweepPeople.Id;

    [Fact]
    public async Task Every_operation_of_the_openapi_document_answers_malformed_requests_below_500_with_problem_json()
    {
        var tokens = await SeedAsync();
        var settings = await BodyAsync(await server.Client().GetAsync("/api/settings"));
        var document = new OpenApiOperations((await BodyAsync(await server.Client(apiKey: null).GetAsync("/api/openapi.json"))).AsObject());
        Assert.True(document.Operations.Count >= 40, $"The document lists only {document.Operations.Count} operations.");

        var target = new SweepTarget
        {
            ValidValue = (operation, name) => ValidValue(operation, name, tokens),
            ValidBody = operation => ValidBody(operation, settings),
            BaselineForm = BaselineForm,
            Credentials = Credentials(),
            MaxBodyBytes = JsonBodyLimit,
        };
        var report = await new SweepRunner(server.BaseAddress, target).RunAsync(new SweepCases(document, target, Seed).Generate(), document.Operations.Count);

        output.WriteLine(report.Summary);
        output.WriteLine(report.PerOperation);
        Assert.True(report.Failures.Count == 0, $"{report.Summary}\n{report.Grouped(80)}");
    }

    /// <summary>The API's default body limit (Api:MaxBodyBytes is not set by the test server).</summary>
    private const int JsonBodyLimit = Pmo.Api.Http.JsonBody.DefaultMaxBytes;

    /// <summary>What the valid values point to: projects, records, an update, an escalation, a pack with a file, a message, link tokens.</summary>
    private async Task<Dictionary<string, string>> SeedAsync()
    {
        var admin = server.Client();
        await admin.CreateProjectAsync(Project);
        await admin.CreateProjectAsync(ClosedByTheSweep);
        (await admin.PostAsync($"/api/projects/{Project}/risks", TestData.Json(TestData.Risk(Risk, Project)))).EnsureSuccessStatusCode().Dispose();
        (await admin.PostAsync($"/api/projects/{Project}/issues", TestData.Json(TestData.Issue(Issue, Project)))).EnsureSuccessStatusCode().Dispose();
        (await admin.PostAsync($"/api/projects/{Project}/decisions", TestData.Json(TestData.Decision(Decision, Project)))).EnsureSuccessStatusCode().Dispose();
        (await admin.SendAsync(HttpMethod.Put, $"/api/projects/{Project}/updates/{Week}", Update(Project, Week))).EnsureSuccessStatusCode().Dispose();
        (await admin.SendAsync(HttpMethod.Put, "/api/settings", await BodyAsync(await admin.GetAsync("/api/settings")))).EnsureSuccessStatusCode().Dispose();
        (await admin.PostAsync("/api/people", TestData.Json(SweepPeople.Person(Person)))).EnsureSuccessStatusCode().Dispose();
        (await admin.SendAsync(HttpMethod.Put, $"/api/allocations/{Person}/{Project}/{Month}", new JsonObject { ["days"] = 5 })).EnsureSuccessStatusCode().Dispose();

        var month = YearMonth.Parse(Month, null);
        await server.Store.ReviewPacks.UpsertAsync(new ReviewPack { Month = month, Status = ReviewPackStatus.AwaitingApproval, ProjectCount = 2 });
        await File.WriteAllBytesAsync(Path.Combine(server.PackFolder, $"{Month}.pdf"), "%PDF-1.4\n%%EOF\n"u8.ToArray());
        await File.WriteAllTextAsync(Path.Combine(server.OutboxFolder, OutboxFile),
            "From: PMO <pmo@example.org>\r\nTo: pm@example.org\r\nSubject: Sweep\r\nDate: Mon, 23 Nov 2026 08:00:00 +0000\r\nMessage-ID: <sweep@pmo>\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n");
        server.Durable.Started.TryAdd("review-" + Month, ("ReviewOrchestrator", null));

        await server.Store.Demands.UpsertAsync(DemandData.Stored(Demand, Domain.Intake.DemandStatus.Returned));
        var decision = await Links.DecisionAsync(server, Project, Escalation);
        var arbitration = await ArbitrationData.SeedAsync(server, server.Clock.GetUtcNow().AddDays(30));
        return new Dictionary<string, string>
        {
            ["/api/forms/arbitration/{token}"] = Uri.UnescapeDataString(
                ArbitrationData.VoteUrl(server, arbitration, ArbitrationData.Carl.Email)["/api/forms/arbitration/".Length..]),
            ["/api/forms/update/{token}"] = Uri.UnescapeDataString((await Links.UpdateFormAsync(server, Project))["/api/forms/update/".Length..]),
            ["/api/forms/decision/{token}"] = Uri.UnescapeDataString(decision["/api/forms/decision/".Length..]),
            ["/api/forms/pack/{token}"] = Links.Sign(server, LinkPurpose.PackApproval, "", Month, "pmo@example.org", server.Clock.GetUtcNow().AddDays(2)),
            ["/api/forms/intake/{token}"] = Uri.UnescapeDataString(DemandData.IntakeUrl(server)["/api/forms/intake/".Length..]),
            ["/api/forms/intake-amend/{token}"] = Uri.UnescapeDataString(DemandData.AmendUrl(server, Demand)["/api/forms/intake-amend/".Length..]),
        };
    }

    private static string ValidValue(OpenApiOperation operation, string name, Dictionary<string, string> tokens) => name switch
    {
        "projectId" => operation.Path.EndsWith("/close", StringComparison.Ordinal) ? ClosedByTheSweep : Project,
        "id" when operation.Path.Contains("/risks/", StringComparison.Ordinal) => Risk,
        "id" when operation.Path.Contains("/issues/", StringComparison.Ordinal) => Issue,
        "id" when operation.Path.Contains("/decisions/", StringComparison.Ordinal) => Decision,
        "id" when operation.Path.StartsWith("/api/demands/", StringComparison.Ordinal) => Demand,
        "id" => Escalation,
        "personId" or "person" => Person,
        "project" => Project,
        "groupBy" => "Skill",
        "from" when SweepPeople.TakesMonths(operation) => "2026-09",
        "to" when SweepPeople.TakesMonths(operation) => Month,
        "week" => Week,
        "from" => "2026-W40",
        "to" => Week,
        "month" => Month,
        "format" => "pdf",
        "instanceId" => "review-" + Month,
        "token" => tokens[operation.Path],
        "fileName" => OutboxFile,
        "phase" => "Execution",
        "active" => "true",
        "portfolio" => "Digital",
        "manager" => ApiServer.ManagerEmail,
        "rag" => "Amber",
        "q" => "Project",
        "pageSize" => "10",
        "status" when operation.Path.StartsWith("/api/demands", StringComparison.Ordinal) => "Returned",
        "status" => "all",
        "limit" => "5",
        "days" => "30",
        "continuation" => "",

        // A parameter this list does not know yet (a new operation): still swept, with a plausible value.
        _ => "sweep",
    };

    private static JsonNode? ValidBody(OpenApiOperation operation, JsonNode settings) => (operation.Method, operation.Path) switch
    {
        ("POST", "/api/projects") => TestData.Project("SWEEP-NEW"),
        ("PUT", "/api/projects/{projectId}") => TestData.Project(Project),
        ("PATCH", "/api/projects/{projectId}") => new JsonObject { ["name"] = "Patched by the sweep", ["budget"] = new JsonObject { ["approved"] = 120000 } },
        ("PUT", "/api/projects/{projectId}/updates/{week}") => Update(Project, Week),
        ("POST", "/api/projects/{projectId}/risks") => TestData.Risk("SWEEP-R2", Project),
        ("PUT", "/api/projects/{projectId}/risks/{id}") => TestData.Risk(Risk, Project),
        ("POST", "/api/projects/{projectId}/issues") => TestData.Issue("SWEEP-I2", Project),
        ("PUT", "/api/projects/{projectId}/issues/{id}") => TestData.Issue(Issue, Project),
        ("POST", "/api/projects/{projectId}/decisions") => TestData.Decision("SWEEP-D2", Project),
        ("PUT", "/api/projects/{projectId}/decisions/{id}") => TestData.Decision(Decision, Project),
        ("POST", "/api/escalations") => new JsonObject { ["projectId"] = Project, ["summary"] = "Raised by the sweep.", ["question"] = "Go on?", ["level"] = "Committee" },
        ("PUT", "/api/settings") => settings.DeepClone(),
        ("POST", "/api/people") => SweepPeople.Person("SWEEP-PERSON2"),
        ("PUT", "/api/people/{personId}") => SweepPeople.Person(Person),
        ("PUT", "/api/allocations/{personId}/{projectId}/{month}") => new JsonObject { ["days"] = 3 },
        ("POST", "/api/capacity/staffing-preview") => new JsonObject
        {
            ["projectId"] = Project,
            ["lines"] = new JsonArray(new JsonObject { ["personId"] = Person, ["month"] = Month, ["days"] = 4 }),
        },
        ("POST", "/api/projects/{projectId}/staffing") => new JsonObject
        {
            ["manager"] = new JsonObject { ["personId"] = Person },
            ["team"] = new JsonArray(new JsonObject { ["personId"] = Person, ["month"] = Month, ["days"] = 4 }),
        },
        ("POST", "/api/demands") => DemandData.Content(),
        ("PUT", "/api/demands/{id}") => DemandData.Content(),
        ("POST", "/api/demands/{id}/return") => new JsonObject { ["comment"] = "Returned by the sweep." },
        ("POST", "/api/demands/{id}/withdraw") => new JsonObject { ["comment"] = "Withdrawn by the sweep." },
        ("POST", "/api/intake-links") => new JsonObject { ["language"] = "Fr" },
        _ => null,
    };

    /// <summary>Forms that parse but are refused (422, 401): the pages' readers run on every request and nothing is submitted.</summary>
    private static string? BaselineForm(OpenApiOperation operation) => operation.Path switch
    {
        "/api/forms/update/{token}" => "overall=&progressPercent=&accomplishments=Sweep",
        "/api/forms/decision/{token}" => "outcome=&comment=Sweep",
        "/api/forms/arbitration/{token}" => "choice-none=Go&comment-none=Sweep",
        "/api/forms/intake/{token}" or "/api/forms/intake-amend/{token}" => "title=&estimatedBudget.amount=twelve&businessCase=Sweep",
        "/api/dashboard/signin" => "apiKey=not-a-key",
        _ => null,
    };

    /// <summary>The admin key (every right), and credentials that are missing, unknown, malformed or without the right.</summary>
    private static Dictionary<string, (string Name, string Value)[]> Credentials() => new()
    {
        [SweepTarget.Admin] = [("X-Api-Key", ApiServer.AdminKey)],
        ["no credential"] = [],
        ["reader key"] = [("X-Api-Key", ApiServer.ReaderKey)],
        ["another project's manager"] = [("X-Api-Key", ApiServer.OtherManagerKey)],
        ["unknown key"] = [("X-Api-Key", "not-a-key-not-a-key-not-a-key")],
        ["empty key"] = [("X-Api-Key", "")],
        ["two keys"] = [("X-Api-Key", ApiServer.AdminKey), ("X-Api-Key", ApiServer.ReaderKey)],
        ["bearer garbage"] = [("Authorization", "Bearer garbage")],
        ["unsigned bearer token"] = [("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJQbW8uQWRtaW4iXX0.")],
        ["basic"] = [("Authorization", "Basic YWRtaW46YWRtaW4=")],
    };
}
