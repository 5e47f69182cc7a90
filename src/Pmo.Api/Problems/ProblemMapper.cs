namespace Pmo.Api.Problems;

/// <summary>The one mapping from errors to RFC 9457 problem+json. Client mistakes never become a 5xx.</summary>
public static class ProblemMapper
{
    /// <summary>The problem for <paramref name="exception"/>, or null when it is not a client mistake (a real server error).</summary>
    public static ProblemHttpResult? TryMap(Exception exception) => exception switch
    {
        ApiProblemException p => Problem(p.Status, p.Title, p.Detail, p.Errors),
        DomainValidationException v => Problem(StatusCodes.Status422UnprocessableEntity, "The request has invalid fields.", v.Errors.ToString(), v.Errors.ToDictionary()),
        NotFoundException n => Problem(StatusCodes.Status404NotFound, "Not found.", n.Message),
        AlreadyExistsException a => Problem(StatusCodes.Status409Conflict, "It already exists.", a.Message),
        StateConflictException s => Problem(StatusCodes.Status409Conflict, "This conflicts with the current state.", s.Message),
        ConcurrencyException c => Problem(StatusCodes.Status412PreconditionFailed, "The ETag does not match: someone changed it first.", c.Message),
        LinkRefusedException l => Problem(
            l.Reason is LinkRefusal.Expired or LinkRefusal.Closed ? StatusCodes.Status410Gone : StatusCodes.Status403Forbidden,
            "This link cannot be used.", l.Reason.ToString()),
        BadHttpRequestException b => Problem(b.StatusCode, b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The body is too large." : "The request is malformed.", b.Message),
        _ => null,
    };

    public static ProblemHttpResult Problem(int status, string title, string? detail = null, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (errors is { Count: > 0 })
        {
            extensions["errors"] = errors;
        }

        return TypedResults.Problem(detail, statusCode: status, title: title, type: TypeFor(status), extensions: extensions);
    }

    /// <summary>The problem of a bare status (routing, a page's error for a client that is not a browser), with the API's title for it.</summary>
    public static ProblemHttpResult ForStatus(int status, string? detail = null) => Problem(status, TitleFor(status), detail);

    private static string TitleFor(int status) => status switch
    {
        400 => "The request is malformed.",
        401 => "Authentication is required.",
        403 => "You may not do this.",
        404 => "Not found.",
        405 => "Method not allowed.",
        409 => "This conflicts with the current state.",
        410 => "This link cannot be used any more.",
        412 => "The ETag does not match: someone changed it first.",
        413 => "The body is too large.",
        415 => "Unsupported media type.",
        422 => "The request has invalid fields.",
        428 => "If-Match is required.",
        _ => "The request failed.",
    };

    /// <summary>The RFC 9110 section of each status, as the problem's type.</summary>
    private static string TypeFor(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        410 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11",
        412 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        _ => "about:blank",
    };
}
