using SendGrid.Helpers.Mail;

namespace Pmo.Mail;

/// <summary>Maps a <see cref="MailMessage"/> to the SendGrid v3 mail/send payload.</summary>
internal static class SendGridMessageFactory
{
    /// <summary>custom_args key carrying the caller's MessageId back in SendGrid's event webhook.</summary>
    public const string MessageIdArg = "pmo_message_id";

    /// <summary>custom_args key carrying the body language.</summary>
    public const string LanguageArg = "pmo_language";

    /// <param name="message">An already normalised message (see <see cref="MailMessageGuard"/>).</param>
    public static SendGridMessage Create(MailMessage message, MailOptions options)
    {
        var mail = new SendGridMessage
        {
            From = Address(new MailAddress(options.FromAddress, options.FromName)),
            Subject = message.Subject,
            PlainTextContent = message.TextBody,
            HtmlContent = message.HtmlBody,
        };

        // SendGrid answers 400 when one address appears twice in a personalization (To and Cc included).
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        mail.AddTos(message.To.Where(a => seen.Add(a.Email)).Select(Address).ToList());
        var cc = message.Cc.Where(a => seen.Add(a.Email)).Select(Address).ToList();
        if (cc.Count > 0)
        {
            mail.AddCcs(cc);
        }

        foreach (var attachment in message.Attachments)
        {
            mail.AddAttachment(
                attachment.FileName,
                Convert.ToBase64String(attachment.Content),
                attachment.ContentType,
                attachment.IsInline ? "inline" : "attachment",
                attachment.ContentId);
        }

        if (message.Category is not null)
        {
            mail.AddCategory(message.Category);
        }

        mail.AddGlobalCustomArg(MessageIdArg, message.MessageId);
        if (message.Language is not null)
        {
            mail.AddGlobalCustomArg(LanguageArg, message.Language);
        }

        foreach (var (key, value) in message.CustomArgs)
        {
            mail.AddGlobalCustomArg(key, value);
        }

        foreach (var (name, value) in AutomatedMailHeaders.For(message, options.FromAddress))
        {
            mail.AddGlobalHeader(name, value);
        }

        mail.SetSandBoxMode(options.SendGrid.SandboxMode);
        return mail;
    }

    // An empty name would be sent as "name": "": leave it out instead.
    private static EmailAddress Address(MailAddress a) => new(a.Email, string.IsNullOrEmpty(a.Name) ? null : a.Name);
}
