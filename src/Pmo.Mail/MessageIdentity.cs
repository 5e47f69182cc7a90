using System.Security.Cryptography;

namespace Pmo.Mail;

/// <summary>
/// Stable names derived from a caller's MessageId: the outbox file name and the RFC 5322 Message-ID.
/// Ids that are already safe are used as they are (readable outbox); others get a hash suffix so two
/// ids that sanitise to the same text never share a file.
/// </summary>
internal static class MessageIdentity
{
    private const int MaxReadableLength = 120;

    public static string FileStem(string messageId)
    {
        if (IsSafe(messageId))
        {
            return messageId;
        }

        var readable = new string(messageId.Select(c => IsSafeChar(c) ? c : '_').Take(80).ToArray()).TrimStart('.');
        return $"{readable}-{Hash(messageId)}";
    }

    /// <summary>The Message-ID header value (without angle brackets): stem@domain-of-the-sender.</summary>
    public static string HeaderId(string messageId, string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "pmo.invalid";
        return $"{FileStem(messageId)}@{domain}";
    }

    private static bool IsSafe(string id) =>
        id.Length is > 0 and <= MaxReadableLength && id[0] != '.' && id.All(IsSafeChar);

    private static bool IsSafeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    private static string Hash(string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..12];
}
