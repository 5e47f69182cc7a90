namespace Pmo.Storage.Sqlite.Documents;

/// <summary>ETags are opaque: a random value per write, so two writes never share one (unlike a timestamp).</summary>
internal static class ETags
{
    public static string New() => Guid.NewGuid().ToString("N");
}
