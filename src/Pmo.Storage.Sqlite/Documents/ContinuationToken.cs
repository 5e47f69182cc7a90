using System.Buffers.Text;
using System.Text;

namespace Pmo.Storage.Sqlite.Documents;

/// <summary>
/// Keyset paging: the token is the last id of the previous page (listings are ordered by id), base64url-encoded so
/// clients treat it as opaque. Pages stay correct when documents are added or removed between requests.
/// </summary>
internal static class ContinuationToken
{
    public static string From(string lastId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastId));

    /// <summary>The id to continue after; a token this store did not issue is a 400 naming the field.</summary>
    public static string? Parse(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            new ValidationErrors().Add("continuationToken", "is not a token returned by this listing.").ThrowIfInvalid();
            throw;
        }
    }
}
