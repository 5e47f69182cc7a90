using System.Text.RegularExpressions;

namespace Pmo.Infra.Tests.Support;

/// <summary>Patterns of values that should never be committed: real API keys, account keys, private keys.</summary>
internal static partial class SecretScan
{
    public static bool LooksSecret(string text) =>
        SendGridKey().IsMatch(text) || AccountKey().IsMatch(text) || PrivateKey().IsMatch(text)
        || InstrumentationKey().IsMatch(text) || LongBase64().Matches(text).Any(m => LooksRandom(m.Value));

    // Resource type paths (Microsoft.DocumentDB/databaseAccounts/...) are long too, but random keys mix digits and cases.
    private static bool LooksRandom(string candidate) =>
        candidate.Any(char.IsAsciiDigit) && candidate.Any(char.IsAsciiLetterUpper) && candidate.Any(char.IsAsciiLetterLower);

    [GeneratedRegex(@"SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}")]
    private static partial Regex SendGridKey();

    [GeneratedRegex(@"(AccountKey|SharedAccessKey|AccessKey)=[A-Za-z0-9+/=]{20,}", RegexOptions.IgnoreCase)]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"InstrumentationKey=[0-9a-f]{8}-", RegexOptions.IgnoreCase)]
    private static partial Regex InstrumentationKey();

    // A 32-byte key in base64 is 44 characters; nothing legitimate in these files is that long and unbroken.
    [GeneratedRegex(@"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}")]
    private static partial Regex LongBase64();
}
