using System.Security.Cryptography;
using System.Text;

namespace Pmo.Storage.Cosmos.Documents;

/// <summary>
/// Cosmos ids from domain ids. Cosmos forbids '/', '\', '?' and '#' in ids, limits them to 255 characters, and
/// gateways mishandle '%' and trailing spaces; domain ids (idempotency keys above all) may hold any of them.
/// Letters, digits and "-_.:@" stay as they are (readable ids for the usual "P-001", "2026-W48"); every other
/// UTF-8 byte becomes "~XX". An id still too long becomes "~h" and its SHA-256, which no escaped id can start with.
/// </summary>
internal static class DocumentIds
{
    private const int MaxLength = 255;

    public static string Encode(string prefix, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var builder = new StringBuilder(prefix.Length + 1 + id.Length).Append(prefix).Append(':');
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '@')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('~').Append(Convert.ToHexString([b]));
            }
        }

        return builder.Length <= MaxLength
            ? builder.ToString()
            : $"{prefix}:~h{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))}";
    }
}
