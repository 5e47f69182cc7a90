namespace Pmo.Api.Http;

/// <summary>
/// The answer to a read or write of a versioned resource: the value with its ETag header, so the client can send it
/// back as If-Match. The typed results stay those of the handler (Ok, Created), so the OpenAPI document is unchanged.
/// </summary>
public static class WithETag
{
    public static Ok<T> Ok<T>(HttpResponse response, Versioned<T> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return Ok(response, found.Value, found.ETag);
    }

    /// <summary>The value, with its ETag when it has one (settings never saved have none).</summary>
    public static Ok<T> Ok<T>(HttpResponse response, T value, string? etag)
    {
        if (etag is not null)
        {
            Preconditions.SetETag(response, etag);
        }

        return TypedResults.Ok(value);
    }

    public static Created<T> Created<T>(HttpResponse response, string location, Versioned<T> created)
    {
        ArgumentNullException.ThrowIfNull(created);
        Preconditions.SetETag(response, created.ETag);
        return TypedResults.Created(location, created.Value);
    }
}
