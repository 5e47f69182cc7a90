using System.Buffers.Text;
using System.Text;

namespace Pmo.Storage.Cosmos.Stores;

/// <summary>
/// The continuation token of the project listing: the last id of the page (keyset paging). Unlike the SDK's own
/// tokens it stays valid across SDK versions and concurrent writes, and each page is one TOP query.
/// </summary>
internal static class ProjectPageToken
{
    private const string Version = "k1.";

    public static string Create(string lastId) => Version + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastId));

    public static string? Read(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            if (token.StartsWith(Version, StringComparison.Ordinal))
            {
                var id = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(Version.Length)));
                if (id.Length > 0)
                {
                    return id;
                }
            }
        }
        catch (FormatException)
        {
        }

        throw new DomainValidationException(new ValidationErrors().Add("continuationToken", "is not a token returned by this listing."));
    }
}
