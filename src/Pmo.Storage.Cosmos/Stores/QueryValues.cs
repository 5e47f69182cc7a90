namespace Pmo.Storage.Cosmos.Stores;

/// <summary>How values are written in the "q" fields so that Cosmos compares them the way the domain does.</summary>
internal static class QueryValues
{
    /// <summary>
    /// An instant as fixed-width UTC text: ordinal order is then time order, whatever offset the domain value had
    /// (00:30 in Paris on 1 November is 31 October 23:30 UTC).
    /// </summary>
    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Text for case-insensitive matching: both sides lower-cased the same way, in .NET.</summary>
    public static string Folded(string value) => value.ToLowerInvariant();
}
