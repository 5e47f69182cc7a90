namespace Pmo.Application.Mail;

/// <summary>
/// Stable message ids derived from the orchestration and step ("chase-PRJ-1-2026-W48-invite"), plus the recipient
/// when one step writes to several people, so that a retried send is recognised and not delivered twice.
/// </summary>
public static class MailIds
{
    public static string For(string stepId, string recipientEmail) => $"{stepId}-{Slug(recipientEmail)}";

    /// <summary>Lower-case letters, digits, '.', '_' and '-' only ("Ann.Lee@x.org" → "ann.lee-at-x.org").</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            sb.Append(c switch
            {
                '@' => "-at-",
                _ when char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' => c.ToString(),
                _ => "_",
            });
        }

        return sb.ToString();
    }
}
