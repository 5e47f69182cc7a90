namespace Pmo.Application.Portfolio;

/// <summary>
/// Compares a client's ETag with a stored one whatever the quoting: SQLite and Cosmos DB write their ETags differently,
/// and HTTP clients send them quoted. The store is then given its own spelling.
/// </summary>
public static class ETags
{
    public static string Unquote(string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        return etag.Length >= 2 && etag[0] == '"' && etag[^1] == '"' ? etag[1..^1] : etag;
    }

    public static bool Same(string stored, string given) =>
        string.Equals(Unquote(stored), Unquote(given), StringComparison.Ordinal);

    /// <summary>The stored spelling of <paramref name="given"/>, or <see cref="ConcurrencyException"/> when it is stale.</summary>
    internal static string Check(string stored, string given, string kind, string id) =>
        Same(stored, given) ? stored : throw new ConcurrencyException(kind, id);
}
