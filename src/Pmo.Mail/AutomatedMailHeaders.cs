using System.Globalization;
using System.Security.Cryptography;
using MimeKit.Utils;

namespace Pmo.Mail;

/// <summary>
/// The headers that mark every message as sent by the calendar, not by a person, written by all three senders (the
/// outbox and SMTP through <see cref="MimeMessageFactory"/>, SendGrid as custom headers):
/// <list type="bullet">
/// <item><c>Auto-Submitted: auto-generated</c> (RFC 3834): out-of-office and other auto-responders do not answer it;</item>
/// <item><c>X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply</c>: the same for Exchange and Outlook, which read this
/// header rather than RFC 3834. Everything but <c>NDR</c>: a wrong or closed address still bounces to the PMO's mailbox,
/// the one automatic answer the PMO needs;</item>
/// <item><c>List-Id</c> (RFC 2919) when the message names its <see cref="MailList"/>: mail clients can file the calendar's
/// mail and filter on it (Gmail, Outlook and Thunderbird rules, Sieve <c>header :contains "list-id"</c>).</item>
/// </list>
/// </summary>
public static class AutomatedMailHeaders
{
    public const string AutoSubmitted = "Auto-Submitted";
    public const string AutoSubmittedValue = "auto-generated";
    public const string AutoResponseSuppress = "X-Auto-Response-Suppress";
    public const string AutoResponseSuppressValue = "DR, RN, NRN, OOF, AutoReply";
    public const string ListId = "List-Id";

    /// <summary>The list-label every list-id starts with.</summary>
    public const string ListLabel = "pmo-calendar";

    private const int MaxDescriptionLength = 120;

    /// <summary>The headers of <paramref name="message"/>, in the order they are written; values are 7-bit ASCII, unfolded.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(MailMessage message, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(message);
        List<KeyValuePair<string, string>> headers =
        [
            new(AutoSubmitted, AutoSubmittedValue),
            new(AutoResponseSuppress, AutoResponseSuppressValue),
        ];
        if (message.List is { } list)
        {
            headers.Add(new(ListId, ListIdValue(list, fromAddress)));
        }

        return headers;
    }

    /// <summary><c>"Acme PMO calendar" &lt;pmo-calendar.default.acme.example&gt;</c>; a non-ASCII description as RFC 2047 words.</summary>
    public static string ListIdValue(MailList list, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(list);
        var description = list.Description.Length > MaxDescriptionLength ? list.Description[..MaxDescriptionLength] : list.Description;
        var phrase = description.All(c => c is >= ' ' and <= '~')
            ? MimeUtils.Quote(description)
            : Encoding.ASCII.GetString(Rfc2047.EncodePhrase(Encoding.UTF8, description));
        return $"{phrase} <{ListIdentifier(list.Key, fromAddress)}>";
    }

    /// <summary>
    /// <c>pmo-calendar.{key}.{domain}</c>: the key as one DNS label (lower case; a key that had to be changed for that
    /// gets a short hash of itself, so two keys never share a list), under the sender's domain, the namespace RFC 2919
    /// asks for (one the sender controls). <c>localhost</c> when the sender's domain is not a host name.
    /// </summary>
    public static string ListIdentifier(string key, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fromAddress);
        var at = fromAddress.LastIndexOf('@');
        var domain = HostName(at >= 0 ? fromAddress[(at + 1)..] : "") ?? "localhost";
        return $"{ListLabel}.{Label(key)}.{domain}";
    }

    private static string Label(string key)
    {
        var label = new StringBuilder(key.Length);
        foreach (var c in key.Trim().ToLowerInvariant())
        {
            label.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var text = label.ToString().Trim('-');
        if (text.Length > 0 && text.Length <= 63 && text == key)
        {
            return text;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
        text = text.Length > 50 ? text[..50].Trim('-') : text;
        return text.Length == 0 ? "org-" + hash : $"{text}-{hash}";
    }

    /// <summary>The domain as an ASCII host name (IDN to punycode), or null when it is none (an address literal, junk).</summary>
    private static string? HostName(string domain)
    {
        try
        {
            var ascii = new IdnMapping().GetAscii(domain.Trim().TrimEnd('.')).ToLowerInvariant();
            var labels = ascii.Split('.');
            var valid = ascii.Length <= 180 && labels.Length >= 1 && labels.All(l =>
                l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
            return valid ? ascii : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
