using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pmo.Api.Tests.Fuzz.Sweep;

/// <summary>What a sweep sent and what came back.</summary>
public sealed class SweepReport
{
    public int Operations { get; init; }
    public int Sent { get; set; }
    public int ETagReads { get; set; }
    public int RefusedByKestrel { get; set; }
    public TimeSpan Elapsed { get; set; }
    public SortedDictionary<int, int> ByStatus { get; } = [];

    /// <summary>Answers by status for each operation, in the document's order.</summary>
    public Dictionary<string, SortedDictionary<int, int>> ByOperation { get; } = [];

    /// <summary>Time spent on each operation's requests (its ETag reads included).</summary>
    public Dictionary<string, TimeSpan> TimeByOperation { get; } = [];

    public string PerOperation => string.Join("\n", ByOperation.Select(o =>
        $"{o.Key}: {o.Value.Values.Sum()} in {TimeByOperation.GetValueOrDefault(o.Key).TotalSeconds:0.0} s ({string.Join(", ", o.Value.Select(s => $"{s.Key}×{s.Value}"))})"));
    public List<(string Kind, string Example)> Failures { get; } = [];

    /// <summary>The failures grouped by operation, status and what was wrong, each with its count and first example.</summary>
    public string Grouped(int examples) => string.Join("\n", Failures
        .GroupBy(f => f.Kind, StringComparer.Ordinal)
        .Take(examples)
        .Select(g => $"{g.Count()}× {g.Key}\n    e.g. {g.First().Example}"));

    public string Summary =>
        $"{Sent} requests over {Operations} operations of the OpenAPI document (plus {ETagReads} GETs for current ETags) in {Elapsed.TotalSeconds:0.0} s; " +
        $"answers by status: {string.Join(", ", ByStatus.Select(s => $"{s.Key}×{s.Value}"))}; " +
        $"{RefusedByKestrel} bare 400s from Kestrel for a NUL in the path; {Failures.Count} failures.";
}

/// <summary>
/// Sends the sweep's requests one by one over a real connection and checks each answer: never a 5xx, and every 4xx an
/// RFC 9457 problem (application/problem+json with type, title and a status equal to the response's). The one
/// exception is Kestrel's own bare 400 for a NUL byte in the path, which it sends before any middleware runs.
/// </summary>
public sealed class SweepRunner(Uri baseAddress, SweepTarget target)
{
    private static readonly UriCreationOptions AsSent = new() { DangerousDisablePathAndQueryCanonicalization = true };
    private readonly Dictionary<string, string?> _etags = new(StringComparer.Ordinal);

    public async Task<SweepReport> RunAsync(IEnumerable<SweepRequest> requests, int operations)
    {
        var report = new SweepReport { Operations = operations };
        var clock = Stopwatch.StartNew();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        SweepRequest? previous = null;
        foreach (var request in requests)
        {
            report.Sent++;
            var started = clock.Elapsed;
            HttpResponseMessage response;
            try
            {
                using var message = await BuildAsync(client, request, report);
                response = await client.SendAsync(message);
            }
            catch (HttpRequestException ex)
            {
                report.Failures.Add(($"{request.Operation}: no answer", $"no answer ({ex.Message} {ex.InnerException?.Message}) to {request}, after {previous}"));
                previous = request;
                continue;
            }

            previous = request;
            using (response)
            {
                var status = (int)response.StatusCode;
                report.ByStatus[status] = report.ByStatus.GetValueOrDefault(status) + 1;
                var operation = request.Operation.ToString();
                var counts = report.ByOperation.TryGetValue(operation, out var found) ? found : report.ByOperation[operation] = [];
                counts[status] = counts.GetValueOrDefault(status) + 1;
                report.TimeByOperation[operation] = report.TimeByOperation.GetValueOrDefault(operation) + (clock.Elapsed - started);
                var body = await response.Content.ReadAsStringAsync();
                if (status is >= 200 and < 300 && SweepCases.IsWrite(request.Method))
                {
                    _etags.Clear();
                }

                if (Check(request, response, status, body) is { } failure)
                {
                    report.Failures.Add(failure);
                }
                else if (status == 400 && body.Length == 0)
                {
                    report.RefusedByKestrel++;
                }
            }
        }

        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>Null when the answer is acceptable, else what is wrong with it.</summary>
    private static (string Kind, string Example)? Check(SweepRequest request, HttpResponseMessage response, int status, string body)
    {
        (string, string) Failure(string what) =>
            ($"{request.Operation}: {status} {what}", $"{status} {what} to {request}\n      answered {response.Content.Headers.ContentType}: {(body.Length > 300 ? body[..300] + "…" : body)}");

        if (status >= 500)
        {
            return Failure("(server error)");
        }

        if (request.Expected is { } expected && status != expected)
        {
            return Failure($"instead of {expected}");
        }

        if (status < 400)
        {
            return null;
        }

        var path = request.PathAndQuery.Split('?')[0];
        if (status == 400 && body.Length == 0 && path.Contains("%00", StringComparison.Ordinal))
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return Failure("without application/problem+json");
        }

        try
        {
            var problem = JsonNode.Parse(body) as JsonObject;
            var valid = problem?["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>().Length > 0
                && problem["title"] is JsonValue title && title.GetValueKind() == JsonValueKind.String && title.GetValue<string>().Length > 0
                && problem["status"] is JsonValue number && number.GetValueKind() == JsonValueKind.Number && number.GetValue<int>() == status;
            return valid ? null : Failure("with a problem lacking type, title or the right status");
        }
        catch (JsonException)
        {
            return Failure("with a body that is not JSON");
        }
    }

    private async Task<HttpRequestMessage> BuildAsync(HttpClient client, SweepRequest request, SweepReport report)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + request.PathAndQuery, in AsSent));
        foreach (var (name, value) in target.Credentials[request.Credential])
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        foreach (var (name, value) in request.Headers ?? [])
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.CurrentIfMatch && await CurrentETagAsync(client, request.PathAndQuery.Split('?')[0], report) is { } etag)
        {
            message.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            // As large uploads usually do: the server may refuse the size before the body is sent.
            message.Headers.ExpectContinue = request.Body.Length > 64 * 1024 && !request.SentAtOnce;
            message.Headers.TransferEncodingChunked = request.Chunked;
        }

        return message;
    }

    /// <summary>The ETag a GET of the path (or else of its parent) answers now; cached until a write succeeds.</summary>
    private async Task<string?> CurrentETagAsync(HttpClient client, string path, SweepReport report)
    {
        foreach (var candidate in new[] { path, path[..Math.Max(0, path.LastIndexOf('/'))] })
        {
            if (candidate.Length == 0)
            {
                continue;
            }

            if (!_etags.TryGetValue(candidate, out var etag))
            {
                using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + candidate, in AsSent));
                foreach (var (name, value) in target.Credentials[SweepTarget.Admin])
                {
                    get.Headers.TryAddWithoutValidation(name, value);
                }

                report.ETagReads++;
                using var response = await client.SendAsync(get);
                etag = response.IsSuccessStatusCode ? response.Headers.ETag?.ToString() : null;
                _etags[candidate] = etag;
            }

            if (etag is not null)
            {
                return etag;
            }
        }

        return null;
    }
}
