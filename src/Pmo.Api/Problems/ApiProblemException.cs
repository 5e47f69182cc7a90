namespace Pmo.Api.Problems;

/// <summary>
/// A client mistake found by the HTTP layer itself (malformed JSON, wrong content type, body too large, missing If-Match,
/// bad route value, forbidden project). The problem mapper turns it into problem+json with <see cref="Status"/>.
/// </summary>
public sealed class ApiProblemException(int status, string title, string? detail = null, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    public static ApiProblemException BadRequest(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "The request is malformed.", $"{field}: {message}", new Dictionary<string, string[]> { [field] = [message] });

    public static ApiProblemException Forbidden(string detail) =>
        new(StatusCodes.Status403Forbidden, "You may not do this.", detail);
}
