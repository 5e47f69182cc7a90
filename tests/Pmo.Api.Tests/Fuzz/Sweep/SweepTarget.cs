using System.Text.Json.Nodes;

namespace Pmo.Api.Tests.Fuzz.Sweep;

/// <summary>
/// What the sweep needs to know about the server it sweeps: valid values for the document's parameters (so each
/// request is malformed in one place only), a valid body per operation where the fixture has one, and credentials.
/// </summary>
public sealed class SweepTarget
{
    /// <summary>The credential with every right: the sweep sends most requests with it, so they reach the handlers.</summary>
    public const string Admin = "admin";

    /// <summary>A valid value (unencoded) for a path or query parameter of an operation.</summary>
    public required Func<OpenApiOperation, string, string> ValidValue { get; init; }

    /// <summary>A valid JSON body for an operation, or null to build one from its schema.</summary>
    public required Func<OpenApiOperation, JsonNode?> ValidBody { get; init; }

    /// <summary>
    /// For a write without a JSON body in the document (a page's form post), a well-formed url-encoded form to send
    /// with the requests that are malformed elsewhere, or null to send none.
    /// </summary>
    public Func<OpenApiOperation, string?> BaselineForm { get; init; } = _ => null;

    /// <summary>Headers of each credential by name; <see cref="Admin"/> must be one. An empty list sends no credential.</summary>
    public required IReadOnlyDictionary<string, (string Name, string Value)[]> Credentials { get; init; }

    /// <summary>The API's own body limit (bytes): the sweep sends bodies just above it and far above it.</summary>
    public required int MaxBodyBytes { get; init; }

    /// <summary>Every credential but <see cref="Admin"/>, in a stable order.</summary>
    public IReadOnlyList<string> OtherCredentials => [.. Credentials.Keys.Where(k => k != Admin).Order(StringComparer.Ordinal)];
}

/// <summary>One request of the sweep, exactly as it goes on the wire (the path and query already percent-encoded).</summary>
public sealed record SweepRequest(
    string Category,
    OpenApiOperation Operation,
    string Method,
    string PathAndQuery,
    string Credential,
    byte[]? Body = null,
    string? ContentType = null,
    IReadOnlyList<(string Name, string Value)>? Headers = null,
    bool Chunked = false,
    bool CurrentIfMatch = false,
    int? Expected = null,
    bool SentAtOnce = false)
{
    public override string ToString() =>
        $"[{Category}] {Method} {Shorten(PathAndQuery, 160)} as {Credential}" +
        (Body is null ? "" : $", {Body.Length} bytes{(Chunked ? " chunked" : "")}{(SentAtOnce ? " at once" : "")} of {ContentType ?? "no content type"}: {Shorten(Preview(Body), 120)}") +
        (Headers is { Count: > 0 } ? ", " + string.Join(", ", Headers.Select(h => $"{h.Name}: {Shorten(h.Value, 60)}")) : "") +
        (CurrentIfMatch ? ", If-Match: <current ETag>" : "") +
        (Expected is null ? "" : $", expecting {Expected}");

    private static string Preview(byte[] body) => System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + $"…({text.Length} chars)";
}
