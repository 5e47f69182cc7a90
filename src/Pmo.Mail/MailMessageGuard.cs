namespace Pmo.Mail;

/// <summary>
/// Checks a message before any sender touches it and neutralises header injection: user text (project
/// names in subjects, display names) may carry CR/LF, which would otherwise start a new header such as Bcc.
/// Invalid addresses and ids are refused; free text is flattened to one line.
/// </summary>
internal static class MailMessageGuard
{
    internal const int MaxMessageIdLength = 200;

    /// <summary>Custom-arg keys the senders fill themselves (the message id and language travel under these names).</summary>
    internal static readonly IReadOnlySet<string> ReservedArgs =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { SendGridMessageFactory.MessageIdArg, SendGridMessageFactory.LanguageArg };

    public static MailMessage Normalise(MailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        CheckMessageId(message.MessageId);
        if (message.To is null || message.To.Count == 0)
        {
            throw new ArgumentException("A message needs at least one recipient.", nameof(message));
        }

        var subject = OneLine(message.Subject ?? "");
        if (subject.Length == 0)
        {
            throw new ArgumentException("A message needs a subject.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.HtmlBody) && string.IsNullOrWhiteSpace(message.TextBody))
        {
            throw new ArgumentException("A message needs a text or an HTML body.", nameof(message));
        }

        return message with
        {
            To = message.To.Select(CheckAddress).ToList(),
            Cc = (message.Cc ?? []).Select(CheckAddress).ToList(),
            Subject = subject,
            HtmlBody = message.HtmlBody ?? "",
            TextBody = message.TextBody ?? "",
            Attachments = (message.Attachments ?? []).Select(CheckAttachment).ToList(),
            Category = string.IsNullOrWhiteSpace(message.Category) ? null : Token(message.Category, nameof(MailMessage.Category)),
            Language = string.IsNullOrWhiteSpace(message.Language) ? null : Token(message.Language, nameof(MailMessage.Language)),
            CustomArgs = CheckArgs(message.CustomArgs),
            List = message.List is null ? null : CheckList(message.List),
        };
    }

    /// <summary>Replaces every control character (CR, LF, TAB, NUL...) by a space and trims.</summary>
    public static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        return sb.ToString().Trim();
    }

    private static void CheckMessageId(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxMessageIdLength || id.Any(char.IsControl) || id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException(
                $"MessageId must be 1-{MaxMessageIdLength} characters without spaces or control characters.", nameof(id));
        }
    }

    private static MailAddress CheckAddress(MailAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var email = address.Email?.Trim() ?? "";
        // A strict parse: anything MimeKit would have to repair (CR/LF, several addresses, no domain) is refused.
        if (email.Length == 0 || email.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>')
            || !MailboxAddress.TryParse(ParserOptions.Default, email, out var parsed) || parsed.Address != email
            || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{OneLine(address.Email ?? "")}' is not a valid e-mail address.", nameof(address));
        }

        return new MailAddress(email, OneLine(address.Name ?? ""));
    }

    private static MailAttachment CheckAttachment(MailAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentNullException.ThrowIfNull(attachment.Content, nameof(attachment.Content));
        // No paths in file names: a receiving client must never be told to write outside its folder.
        var fileName = OneLine(Path.GetFileName((attachment.FileName ?? "").Replace('\\', '/')));
        if (fileName.Length == 0)
        {
            throw new ArgumentException("An attachment needs a file name.", nameof(attachment));
        }

        if (!ContentType.TryParse(attachment.ContentType ?? "", out var type) || type.MimeType.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{attachment.ContentType}' is not a valid content type.", nameof(attachment));
        }

        string? contentId = null;
        if (!string.IsNullOrEmpty(attachment.ContentId))
        {
            contentId = Token(attachment.ContentId, nameof(MailAttachment.ContentId));
        }

        return attachment with { FileName = fileName, ContentType = type.MimeType, ContentId = contentId };
    }

    private static MailList CheckList(MailList list)
    {
        var description = OneLine(list.Description ?? "");
        var key = OneLine(list.Key ?? "");
        if (description.Length == 0 || key.Length == 0)
        {
            throw new ArgumentException("A mail list needs a description and a key.", nameof(list));
        }

        return new MailList(description, key);
    }

    private static Dictionary<string, string> CheckArgs(IReadOnlyDictionary<string, string>? args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in args ?? new Dictionary<string, string>())
        {
            var token = Token(key, "CustomArgs key");
            if (ReservedArgs.Contains(token))
            {
                throw new ArgumentException($"CustomArgs key '{token}' is reserved: the sender sets it.", nameof(args));
            }

            result[token] = OneLine(value ?? "");
        }
        return result;
    }

    /// <summary>Ids, categories, content ids, language tags: letters, digits and . _ - @ only.</summary>
    private static string Token(string value, string what)
    {
        var trimmed = value.Trim();
        if (trimmed.Length is 0 or > 200 || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            throw new ArgumentException($"{what} '{OneLine(value)}' may only contain letters, digits and . _ - @.", what);
        }

        return trimmed;
    }
}
