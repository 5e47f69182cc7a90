namespace Pmo.Api.Http;

/// <summary>Strong ETags in and out: quoted in headers, required as If-Match on every replace, patch or close.</summary>
public static class Preconditions
{
    /// <summary>The If-Match ETag, or 428 when it is missing (so no write can silently overwrite another).</summary>
    public static string RequireIfMatch(HttpRequest request) =>
        IfMatch(request) ?? throw new ApiProblemException(
            StatusCodes.Status428PreconditionRequired, "If-Match is required.", "Send the ETag you read in an If-Match header.");

    /// <summary>The If-Match ETag, or null when the header is absent; 400 when it is not one strong ETag.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers.IfMatch;
        if (values.Count == 0)
        {
            return null;
        }

        var value = values.Count == 1 ? values[0]?.Trim() : null;
        if (value is null || value.Length < 3 || value[0] != '"' || value[^1] != '"' || value.Length > 200 || value[1..^1].Contains('"', StringComparison.Ordinal))
        {
            throw ApiProblemException.BadRequest("If-Match", "must be one strong ETag in quotes, as sent in the ETag header.");
        }

        return ETags.Unquote(value);
    }

    public static void SetETag(HttpResponse response, string etag)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = "\"" + ETags.Unquote(etag) + "\"";
    }
}
