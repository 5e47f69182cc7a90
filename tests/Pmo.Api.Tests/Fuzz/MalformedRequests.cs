using System.Text;
using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;

namespace Pmo.Api.Tests.Fuzz;

/// <summary>One request that must be refused.</summary>
public sealed record Malformed(string Category, HttpMethod Method, string Url, byte[]? Body, string? ContentType, string? ApiKey, IReadOnlyDictionary<string, string> Headers)
{
    public override string ToString() => $"{Category}: {Method} {Url} ({Body?.Length ?? 0} bytes, {ContentType})";
}

/// <summary>
/// Generates requests that no valid server may accept: malformed JSON, wrong types, huge bodies, bad ids, wrong or
/// missing ETags, unknown projects, injection strings, wrong media types, missing keys. Seeded, so a failure replays.
/// Every generated write is invalid for at least one reason that is checked before anything is written.
/// </summary>
public sealed class MalformedRequests(Random random, string projectId, string riskId, string week)
{
    public static readonly string[] Injections =
    [
        "'; DROP TABLE documents; --", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "../../etc/passwd", "%00", "\u0000\u0001",
        "{{7*7}}", "${jndi:ldap://x}", "Robert'); --", "\" OR 1=1 --", "é\u202E\u200B🚀", new string('A', 5000), "..%2F..%2F", "\\\\server\\share",
    ];

    private const string BogusETag = "\"00000000-bogus\"";

    public IEnumerable<Malformed> Generate(int count)
    {
        var generators = new Func<Malformed>[]
        {
            CreateProjectWithBadJson, CreateProjectWithWrongType, CreateProjectWithInjectedId, ReplaceProjectWithBadETag, PatchProjectWithWrongTypes,
            CloseWithoutOrWithBadETag, BadIdsInUrls, BadQueries, HugeBody, WrongMediaType, PutUpdateInvalid, CreateRecordInvalid,
            SettingsInvalid, EscalationInvalid, RunPackInvalid, NoOrBadKey, WrongMethod, DeepOrDuplicateJson,
        };
        for (var i = 0; i < count; i++)
        {
            yield return generators[i % generators.Length]();
        }
    }

    private string Injection() => Injections[random.Next(Injections.Length)];

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static Malformed Json(string category, HttpMethod method, string url, JsonNode? body, string? ifMatch = null, string mediaType = "application/json", string? key = ApiServer.AdminKey) =>
        new(category, method, url, body is null ? null : Utf8(body.ToJsonString()), body is null ? null : mediaType, key, Headers(ifMatch));

    private static Dictionary<string, string> Headers(string? ifMatch) =>
        ifMatch is null ? [] : new Dictionary<string, string> { ["If-Match"] = ifMatch };

    private Malformed CreateProjectWithBadJson()
    {
        // The id is invalid too, so a corruption that happens to leave valid JSON is still refused.
        var text = TestData.Project("bad id " + random.Next()).ToJsonString();
        var bytes = Utf8(text);
        switch (random.Next(4))
        {
            case 0:
                bytes = bytes[..random.Next(1, bytes.Length - 1)];
                break;
            case 1:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0, 256);
                bytes[random.Next(bytes.Length)] = (byte)'{';
                break;
            case 2:
                bytes = [0xC3, 0x28, .. bytes];
                break;
            default:
                bytes = Utf8(new[] { "", "null", "[]", "42", "\"text\"", "{", "}", "{\"id\":}", "{'id':'x'}", "{\"id\":\"NEW-1\",}" }[random.Next(10)]);
                break;
        }

        return new("bad JSON", HttpMethod.Post, "/api/projects", bytes, "application/json", ApiServer.AdminKey, Headers(null));
    }

    private Malformed CreateProjectWithWrongType()
    {
        var body = TestData.Project("NEW-" + random.Next());
        WrongType(body);
        return Json("wrong type", HttpMethod.Post, "/api/projects", body);
    }

    private Malformed CreateProjectWithInjectedId()
    {
        var body = TestData.Project(Injection());
        body["name"] = Injection();
        return Json("injected id", HttpMethod.Post, "/api/projects", body);
    }

    private Malformed ReplaceProjectWithBadETag()
    {
        var body = TestData.Project(projectId);
        body["name"] = Injection();
        var ifMatch = new[] { BogusETag, "W/\"weak\"", "*", "no-quotes", "\"a\", \"b\"", "\"\"" }[random.Next(6)];
        return Json("wrong ETag", HttpMethod.Put, $"/api/projects/{projectId}", body, ifMatch);
    }

    private Malformed PatchProjectWithWrongTypes()
    {
        var patch = new JsonObject { [new[] { "name", "budget", "phase", "milestones", "start", "manager" }[random.Next(6)]] = WrongValue(random.Next(6)) };
        return random.Next(2) == 0
            ? Json("patch wrong type", HttpMethod.Patch, $"/api/projects/{projectId}", patch, BogusETag, "application/merge-patch+json")
            : Json("patch no If-Match", HttpMethod.Patch, $"/api/projects/{projectId}", patch, null, "application/merge-patch+json");
    }

    private Malformed CloseWithoutOrWithBadETag() =>
        new("close bad ETag", HttpMethod.Post, $"/api/projects/{projectId}/close", null, null, ApiServer.AdminKey, Headers(random.Next(2) == 0 ? null : BogusETag));

    private Malformed BadIdsInUrls()
    {
        var bad = Uri.EscapeDataString(Injection());
        var urls = new[]
        {
            $"/api/projects/{bad}", $"/api/projects/{bad}/updates", $"/api/projects/{projectId}/updates/{bad}", $"/api/projects/{projectId}/risks/{bad}",
            $"/api/projects/{bad}/issues", $"/api/escalations/{bad}", $"/api/packs/{bad}", $"/api/packs/2026-10/files/{bad}", $"/api/orchestrations/{bad}",
            $"/api/projects/UNKNOWN-{random.Next()}", $"/api/projects/{projectId}/decisions/UNKNOWN-{random.Next()}",
        };
        return new("bad id", HttpMethod.Get, urls[random.Next(urls.Length)], null, null, ApiServer.ReaderKey, Headers(null));
    }

    private Malformed BadQueries()
    {
        var bad = Uri.EscapeDataString(Injection());
        var urls = new[]
        {
            $"/api/projects?pageSize={bad}", "/api/projects?pageSize=-1", "/api/projects?pageSize=100000", $"/api/projects?phase={bad}", "/api/projects?rag=2",
            $"/api/projects?active={bad}", $"/api/projects?q={Uri.EscapeDataString(new string('q', 500))}", $"/api/escalations?status={bad}",
            $"/api/portfolio/summary?week={bad}", "/api/portfolio/kpis?week=2026-W99", "/api/packs?limit=0", "/api/calendar.ics?days=-3",
            $"/api/projects/{projectId}/updates?from={bad}",
        };
        return new("bad query", HttpMethod.Get, urls[random.Next(urls.Length)], null, null, ApiServer.ReaderKey, Headers(null));
    }

    private Malformed HugeBody()
    {
        var size = random.Next(2) == 0 ? 300_000 : 1_200_000;
        var body = TestData.Project("NEW-HUGE");
        body["description"] = new string('x', size);
        var targets = new[] { ("/api/projects", HttpMethod.Post), ($"/api/projects/{projectId}", HttpMethod.Put), ("/api/settings", HttpMethod.Put), ($"/api/projects/{projectId}/risks", HttpMethod.Post) };
        var (url, method) = targets[random.Next(targets.Length)];
        return Json("huge body", method, url, body, method == HttpMethod.Put ? BogusETag : null);
    }

    private Malformed WrongMediaType()
    {
        var type = new[] { "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/jsonx" }[random.Next(5)];
        return new("wrong media type", HttpMethod.Post, "/api/projects", Utf8(TestData.Project("NEW-" + random.Next()).ToJsonString()), type, ApiServer.AdminKey, Headers(null));
    }

    private Malformed PutUpdateInvalid()
    {
        var body = TestData.Update(projectId, week);
        switch (random.Next(4))
        {
            case 0:
                return Json("update bad week", HttpMethod.Put, $"/api/projects/{projectId}/updates/{Uri.EscapeDataString(Injection())}", body);
            case 1:
                WrongType(body);
                return Json("update wrong type", HttpMethod.Put, $"/api/projects/{projectId}/updates/{week}", body, BogusETag);
            case 2:
                body["projectId"] = "SOMEONE-ELSE";
                return Json("update other project", HttpMethod.Put, $"/api/projects/{projectId}/updates/2026-W47", body);
            default:
                return Json("update stale ETag", HttpMethod.Put, $"/api/projects/{projectId}/updates/{week}", body, BogusETag);
        }
    }

    private Malformed CreateRecordInvalid()
    {
        var kind = new[] { "risks", "issues", "decisions" }[random.Next(3)];
        var body = kind switch { "risks" => TestData.Risk(riskId, projectId), "issues" => TestData.Issue(Injection(), projectId), _ => TestData.Decision(Injection(), projectId) };
        if (random.Next(2) == 0)
        {
            WrongType(body);
            body["id"] = Injection();
        }

        // risks: the id already exists (409); issues and decisions: an invalid id (400); or a wrong type (400).
        return Json("record invalid", HttpMethod.Post, $"/api/projects/{projectId}/{kind}", body);
    }

    private Malformed SettingsInvalid()
    {
        var body = new JsonObject { ["timeZone"] = Injection(), ["calendar"] = new JsonObject { ["chaseOpens"] = "every monday" } };
        if (random.Next(2) == 0)
        {
            body["sla"] = WrongValue(random.Next(6));
        }

        return Json("settings invalid", HttpMethod.Put, "/api/settings", body, random.Next(2) == 0 ? BogusETag : null);
    }

    private Malformed EscalationInvalid()
    {
        var body = new JsonObject { ["projectId"] = random.Next(2) == 0 ? Injection() : "UNKNOWN-PROJECT", ["summary"] = Injection() };
        if (random.Next(3) == 0)
        {
            body["summary"] = WrongValue(random.Next(6));
        }

        var message = Json("escalation invalid", HttpMethod.Post, "/api/escalations", body);
        return message with { Headers = new Dictionary<string, string> { ["Idempotency-Key"] = "fuzz-" + random.Next() } };
    }

    private Malformed RunPackInvalid()
    {
        var month = new[] { "2031-01", "2026-13", Uri.EscapeDataString(Injection()), "26-10" }[random.Next(4)];
        return new("run pack invalid", HttpMethod.Post, $"/api/packs/{month}/run", null, null, ApiServer.AdminKey, new Dictionary<string, string> { ["Idempotency-Key"] = "k" + random.Next() });
    }

    private Malformed NoOrBadKey()
    {
        // Header values must be ASCII for the client to send them at all.
        var key = new[] { null, "", "wrong-key-wrong-key", ApiServer.ReaderKey, "'; DROP TABLE documents; --", "<script>alert(1)</script>" }[random.Next(6)];
        var body = TestData.Project("NEW-" + random.Next());
        return Json("no or bad key", HttpMethod.Post, "/api/projects", body, key: key);
    }

    private Malformed WrongMethod()
    {
        var (method, url) = new[] { (HttpMethod.Delete, "/api/projects"), (HttpMethod.Put, "/api/health"), (HttpMethod.Post, "/api/portfolio/kpis"), (HttpMethod.Delete, $"/api/projects/{projectId}"), (HttpMethod.Get, "/api/nothing/here") }[random.Next(5)];
        return new("wrong method or path", method, url, null, null, ApiServer.AdminKey, Headers(null));
    }

    private Malformed DeepOrDuplicateJson()
    {
        var text = random.Next(3) switch
        {
            0 => new string('[', 5000) + new string(']', 5000),
            1 => "{\"id\":\"NEW-DUP\",\"id\":\"NEW-DUP2\"," + TestData.Project("NEW-DUP").ToJsonString()[1..],
            _ => TestData.Project("NEW-NUM").ToJsonString().Replace("100000", "1e400", StringComparison.Ordinal),
        };
        return new("deep, duplicate or overflow JSON", HttpMethod.Post, "/api/projects", Utf8(text), "application/json", ApiServer.AdminKey, Headers(null));
    }

    /// <summary>Replaces one member somewhere in the document by a value of another JSON kind.</summary>
    private void WrongType(JsonObject body)
    {
        var containers = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                containers.Add(o);
                foreach (var (_, child) in o)
                {
                    Walk(child);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var child in a)
                {
                    Walk(child);
                }
            }
        }

        Walk(body);
        var target = containers[random.Next(containers.Count)];
        var names = target.Select(p => p.Key).ToList();
        var name = names[random.Next(names.Count)];
        var kind = target[name]?.GetValueKind();
        JsonNode? replacement;
        do
        {
            replacement = WrongValue(random.Next(6));
        }
        while (replacement?.GetValueKind() == kind || (kind == System.Text.Json.JsonValueKind.String && replacement is null && name is "description" or "portfolio" or "mitigation"));

        target[name] = replacement;
    }

    private JsonNode? WrongValue(int kind) => kind switch
    {
        0 => JsonValue.Create(Injection()),
        1 => JsonValue.Create(random.Next(-5, 5) * 1.5),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => new JsonArray(1, "two", null),
        4 => new JsonObject { ["nested"] = Injection() },
        _ => null,
    };
}
