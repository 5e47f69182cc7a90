namespace Pmo.Mail;

/// <summary>Builds the RFC 5322 message the outbox writes: text + HTML alternatives, inline images, attachments.</summary>
internal static class MimeMessageFactory
{
    public const string MessageIdHeader = "X-Pmo-Message-Id";
    public const string CategoryHeader = "X-Pmo-Category";
    public const string ArgHeaderPrefix = "X-Pmo-Arg-";

    /// <param name="message">An already normalised message (see <see cref="MailMessageGuard"/>).</param>
    public static MimeMessage Create(MailMessage message, MailOptions options, DateTimeOffset now)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = now };
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.AddRange(message.To.Select(ToMailbox));
        mime.Cc.AddRange(message.Cc.Select(ToMailbox));
        mime.MessageId = MessageIdentity.HeaderId(message.MessageId, options.FromAddress);
        mime.Headers.Add(MessageIdHeader, message.MessageId);
        if (message.Category is not null)
        {
            mime.Headers.Add(CategoryHeader, message.Category);
        }

        foreach (var (key, value) in message.CustomArgs)
        {
            mime.Headers.Add(ArgHeaderPrefix + key, value);
        }

        foreach (var (name, value) in AutomatedMailHeaders.For(message, options.FromAddress))
        {
            mime.Headers.Add(Raw(name, value));
        }

        // BodyBuilder yields mixed(alternative(text, related(html, inline images)), attachments).
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            var type = ContentType.Parse(attachment.ContentType);
            if (attachment.IsInline)
            {
                body.LinkedResources.Add(attachment.FileName, attachment.Content, type).ContentId = attachment.ContentId;
            }
            else
            {
                body.Attachments.Add(attachment.FileName, attachment.Content, type);
            }
        }
        mime.Body = body.ToMessageBody();
        if (message.Language is not null)
        {
            mime.Body.Headers.Add(HeaderId.ContentLanguage, message.Language); // a Content-* header: it belongs to the body
        }

        // 7-bit safe on any transport: UTF-8 text becomes quoted-printable, headers RFC 2047 encoded words.
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }

    /// <summary>
    /// A header written as given (already 7-bit, RFC 2047-encoded where needed), so MimeKit does not re-encode the
    /// list-id's quoted phrase as unstructured text. A long List-Id is folded before its angle-bracketed id.
    /// </summary>
    private static Header Raw(string name, string value)
    {
        var header = new Header(name, "");
        var folded = name.Length + 2 + value.Length > 78 ? value.Replace(" <", "\n <", StringComparison.Ordinal) : value;
        header.SetRawValue(Encoding.ASCII.GetBytes(" " + folded + "\n"));
        return header;
    }

    private static MailboxAddress ToMailbox(MailAddress address) => new(address.Name, address.Email);
}
