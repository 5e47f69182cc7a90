using System.Text;

namespace Pmo.Api.Tests.Fuzz.Sweep;

/// <summary>
/// Generates the sweep's requests from the document: for every operation, its valid request, then each path
/// parameter, each query parameter, the body, If-Match and the credentials malformed one at a time (the rest valid,
/// so the malformation is what the server meets), and every method the path does not have. Deterministic for a seed.
/// </summary>
public sealed class SweepCases(OpenApiOperations document, SweepTarget target, int seed)
{
    /// <summary>Path segments as sent (already percent-encoded): types, lengths, Unicode, encoded slashes and dots, empty, bytes that are not UTF-8.</summary>
    public static readonly (string Label, string Segment)[] BadSegments =
    [
        ("number", "0"), ("negative", "-1"), ("decimal", "1.5"), ("boolean", "true"), ("null", "null"), ("space", "%20"), ("tab", "%09"),
        ("101 chars", new string('A', 101)), ("3000 chars", new string('B', 3000)),
        ("accented and emoji", "%C3%A9t%C3%A9%F0%9F%9A%80"), ("right-to-left override", "abc%E2%80%AEdef"), ("fullwidth", "%EF%BC%B0%EF%BC%AD%EF%BC%AF"),
        ("combining mark", "e%CC%81"), ("zero-width space", "a%E2%80%8Bb"), ("emoji run", string.Concat(Enumerable.Repeat("%F0%9F%92%A9", 40))),
        ("encoded slash", "%2F"), ("encoded slash inside", "a%2Fb"), ("encoded dot", "%2E"), ("encoded dot-dot", "%2E%2E"),
        ("encoded traversal", "..%2F..%2Fetc%2Fpasswd"), ("encoded traversal 2", "%2E%2E%2F%2E%2E%2F"), ("backslash traversal", "..%5C..%5Cwindows"),
        ("double-encoded slash", "a%252Fb"), ("percent", "%25"), ("empty", ""),
        ("NUL", "%00"), ("invalid UTF-8", "%C3%28"), ("invalid UTF-8 bytes", "%FF%FE"), ("encoded surrogate", "%ED%A0%80"), ("overlong slash", "%C0%AF"),
        ("control characters", "a%01b%7F"), ("CRLF", "a%0D%0Ab"), ("SQL", "x'%3B%20DROP%20TABLE%20documents%3B--"), ("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("template", "%24%7B7*7%7D"), ("semicolon", "a%3Bb"), ("matrix parameter", "a;b=c"), ("asterisk", "*"), ("tilde", "~"),
        ("week out of range", "2026-W99"), ("week zero", "0000-W00"), ("week of year 9999", "9999-W01"), ("month out of range", "2026-13"), ("month zero", "0000-00"),
        ("month of year 9999", "9999-12"),
    ];

    /// <summary>Query values as sent: wrong types, out of range, empty, long, Unicode, bytes that are not UTF-8.</summary>
    public static readonly (string Label, string Value)[] BadQueryValues =
    [
        ("text", "abc"), ("negative", "-1"), ("zero", "0"), ("decimal", "1.5"), ("exponent", "1e3"), ("huge number", "99999999999999999999"),
        ("empty", ""), ("boolean", "true"), ("null", "null"), ("array syntax", "%5B1%2C2%5D"), ("NUL", "%00"), ("invalid UTF-8", "%C3%28"),
        ("right-to-left override", "a%E2%80%AEb"), ("3000 chars", new string('q', 3000)), ("SQL", "'%20OR%201%3D1%20--"), ("plus and spaces", "a+b%20c"),
        ("bad percent-encoding", "%ZZ"), ("week out of range", "2026-W99"), ("week of year 9999", "9999-W01"), ("month out of range", "2026-13"),
        ("month of year 9999", "9999-12"),
    ];

    /// <summary>If-Match values: malformed, weak, a wildcard, stale, a list, long.</summary>
    public static readonly (string Label, string Value)[] BadIfMatch =
    [
        ("unquoted", "abc"), ("unterminated", "\"abc"), ("empty quotes", "\"\""), ("empty", ""), ("weak", "W/\"abc\""), ("wildcard", "*"),
        ("stale", "\"00000000-0000-0000-0000-000000000000\""), ("list", "\"a\", \"b\""), ("quote inside", "\"a\"b\""), ("2000 chars", "\"" + new string('e', 2000) + "\""),
        ("weak wildcard", "W/*"),
    ];

    private static readonly string[] ExtraMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    private readonly SchemaShapes _shapes = new(document);
    private readonly Random _random = new(seed);
    private int _rotation;

    public IEnumerable<SweepRequest> Generate()
    {
        foreach (var operation in document.Operations)
        {
            yield return Valid(operation, "valid request");
            foreach (var request in PathCases(operation).Concat(QueryCases(operation)).Concat(HeaderCases(operation)).Concat(CredentialCases(operation)))
            {
                yield return request;
            }

            var body = new BodyCases(operation, target, _shapes, _random);
            foreach (var request in body.Generate(Valid(operation, "body")))
            {
                yield return request;
            }
        }

        foreach (var request in WrongMethods())
        {
            yield return request;
        }
    }

    /// <summary>The operation's request with every parameter valid and, if it takes one, a valid body (If-Match: the current ETag on writes).</summary>
    private SweepRequest Valid(OpenApiOperation operation, string category)
    {
        var query = operation.QueryParameters.Select(p => (p.Name, Uri.EscapeDataString(target.ValidValue(operation, p.Name)))).ToList();
        var request = new SweepRequest(category, operation, operation.Method, Url(operation, null, null, query), SweepTarget.Admin, CurrentIfMatch: IsWrite(operation.Method));
        if (operation.JsonBody is { } json)
        {
            return request with { Body = Encoding.UTF8.GetBytes((target.ValidBody(operation) ?? _shapes.Sample(json.Schema))!.ToJsonString()), ContentType = json.MediaType };
        }

        return IsWrite(operation.Method) && target.BaselineForm(operation) is { } form
            ? request with { Body = Encoding.UTF8.GetBytes(form), ContentType = "application/x-www-form-urlencoded" }
            : request;
    }

    private IEnumerable<SweepRequest> PathCases(OpenApiOperation operation)
    {
        foreach (var parameter in operation.PathParameters)
        {
            foreach (var (label, segment) in BadSegments)
            {
                var request = Valid(operation, $"path {parameter.Name}: {label}") with { PathAndQuery = Url(operation, parameter.Name, segment, null) };
                foreach (var variant in WithAndWithoutKey(request))
                {
                    yield return variant;
                }
            }
        }
    }

    private IEnumerable<SweepRequest> QueryCases(OpenApiOperation operation)
    {
        var valid = operation.QueryParameters.ToDictionary(p => p.Name, p => Uri.EscapeDataString(target.ValidValue(operation, p.Name)));
        foreach (var parameter in operation.QueryParameters)
        {
            List<(string Name, string Value)> Others() => [.. valid.Where(v => v.Key != parameter.Name).Select(v => (v.Key, v.Value))];
            foreach (var (label, value) in BadQueryValues)
            {
                var request = Valid(operation, $"query {parameter.Name}: {label}") with { PathAndQuery = Url(operation, null, null, [.. Others(), (parameter.Name, value)]) };
                foreach (var variant in WithAndWithoutKey(request))
                {
                    yield return variant;
                }
            }

            yield return Valid(operation, $"query {parameter.Name}: repeated") with { PathAndQuery = Url(operation, null, null, [.. Others(), (parameter.Name, valid[parameter.Name]), (parameter.Name, valid[parameter.Name])]) };
            yield return Valid(operation, $"query {parameter.Name}: repeated, one bad") with { PathAndQuery = Url(operation, null, null, [.. Others(), (parameter.Name, valid[parameter.Name]), (parameter.Name, "abc")]) };
            yield return Valid(operation, $"query {parameter.Name}: bracket name") with { PathAndQuery = Url(operation, null, null, [.. Others(), (parameter.Name + "%5B%5D", "1")]) };
            yield return Valid(operation, $"query {parameter.Name}: upper-case name") with { PathAndQuery = Url(operation, null, null, [.. Others(), (parameter.Name.ToUpperInvariant(), "abc")]) };
        }

        var all = valid.Select(v => (v.Key, v.Value)).ToList();
        var extras = new (string Label, string Suffix)[]
        {
            ("unknown parameter", "unknown=1"), ("unknown parameter with bad value", "unknown=%C3%28"), ("empty name", "=1"), ("only separators", "&&&"),
            ("NUL name", "%00=%00"), ("bad percent-encoding", "a=%ZZ%"), ("6000-char query", "pad=" + new string('z', 6000)),
            ("key in the query", "key=not-a-key"), ("continuation junk", "continuation=%FF%FE"),
        };
        foreach (var (label, suffix) in extras)
        {
            var url = Url(operation, null, null, all);
            yield return Valid(operation, $"query: {label}") with { PathAndQuery = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + suffix };
        }
    }

    private IEnumerable<SweepRequest> HeaderCases(OpenApiOperation operation)
    {
        foreach (var (label, value) in BadIfMatch)
        {
            yield return Valid(operation, $"If-Match: {label}") with { CurrentIfMatch = false, Headers = [("If-Match", value)] };
        }

        yield return Valid(operation, "If-Match: twice") with { CurrentIfMatch = false, Headers = [("If-Match", "\"a\""), ("If-Match", "\"b\"")] };
        yield return Valid(operation, "If-Match: none") with { CurrentIfMatch = false };
        yield return Valid(operation, "If-Match: stale, and If-None-Match: *") with
        {
            CurrentIfMatch = false, Headers = [("If-Match", "\"stale\""), ("If-None-Match", "*")],
        };
        yield return Valid(operation, "Idempotency-Key: too long") with { Headers = [("Idempotency-Key", new string('k', 201))] };
        yield return Valid(operation, "Idempotency-Key: empty") with { Headers = [("Idempotency-Key", "")] };
        yield return Valid(operation, "Idempotency-Key: twice") with { Headers = [("Idempotency-Key", "a"), ("Idempotency-Key", "b")] };
        yield return Valid(operation, "Accept: XML only") with { Headers = [("Accept", "application/xml")] };
        yield return Valid(operation, "Accept: garbage") with { Headers = [("Accept", ";;;q=abc, */*;q=2")] };
        yield return Valid(operation, "Accept-Language: garbage") with { Headers = [("Accept-Language", "zz-ZZZZ-x;q=abc, *;q=-1")] };
        yield return Valid(operation, "empty body with a JSON content type") with { Body = [], ContentType = "application/json" };
    }

    private IEnumerable<SweepRequest> CredentialCases(OpenApiOperation operation)
    {
        foreach (var credential in target.OtherCredentials)
        {
            yield return Valid(operation, $"credential: {credential}") with { Credential = credential };
        }
    }

    /// <summary>Every method a path of the document does not have (405), sent with a key.</summary>
    private IEnumerable<SweepRequest> WrongMethods()
    {
        foreach (var methods in document.MethodsByPath)
        {
            var operation = document.Operations.First(o => o.Path == methods.Key);
            foreach (var method in ExtraMethods.Where(m => !methods.Contains(m)))
            {
                yield return Valid(operation, $"method {method}") with { Method = method, Body = null, ContentType = null, CurrentIfMatch = false };
            }
        }
    }

    /// <summary>The request with the admin key, and every other request also with a credential without rights (rotating).</summary>
    private IEnumerable<SweepRequest> WithAndWithoutKey(SweepRequest request)
    {
        yield return request;
        if (_rotation++ % 2 == 0)
        {
            var others = target.OtherCredentials;
            yield return request with { Credential = others[_rotation / 2 % others.Count] };
        }
    }

    /// <summary>The path with valid values, except <paramref name="badName"/> whose segment is <paramref name="badSegment"/> as is.</summary>
    private string Url(OpenApiOperation operation, string? badName, string? badSegment, IReadOnlyList<(string Name, string Value)>? query)
    {
        var path = operation.Path;
        foreach (var parameter in operation.PathParameters)
        {
            var value = parameter.Name == badName ? badSegment! : Uri.EscapeDataString(target.ValidValue(operation, parameter.Name));
            path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
        }

        query ??= [.. operation.QueryParameters.Select(p => (p.Name, Uri.EscapeDataString(target.ValidValue(operation, p.Name))))];
        return query.Count == 0 ? path : path + "?" + string.Join("&", query.Select(q => q.Name + "=" + q.Value));
    }

    internal static bool IsWrite(string method) => method is "POST" or "PUT" or "PATCH" or "DELETE";
}
