namespace Pmo.Application.Ports.Mail;

/// <summary>
/// One e-mail to send. <see cref="MessageId"/> is chosen by the caller and deterministic
/// (e.g. <c>chase-PRJ-1-2026-W48-invite</c>): senders use it to de-duplicate, so a retried activity
/// that sends the same message again does not produce a second e-mail where the sender can prevent it.
/// Every message is sent as automated mail (the transports' <c>AutomatedMailHeaders</c>): the calendar writes them, no person does.
/// </summary>
public sealed record MailMessage(
    string MessageId,
    IReadOnlyList<MailAddress> To,
    string Subject,
    string HtmlBody,
    string TextBody)
{
    /// <summary>Carbon-copy recipients.</summary>
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    /// <summary>Attachments and inline images (see <see cref="MailAttachment.ContentId"/>).</summary>
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>What kind of mail this is (e.g. <c>weekly-chase</c>, <c>review-pack</c>); used for reporting.</summary>
    public string? Category { get; init; }

    /// <summary>BCP 47 language of the body (e.g. <c>fr</c>), written as Content-Language.</summary>
    public string? Language { get; init; }

    /// <summary>The list the message belongs to (its <c>List-Id</c>); none when null.</summary>
    public MailList? List { get; init; }

    /// <summary>Extra key/value pairs carried with the message (SendGrid custom_args, outbox headers).</summary>
    public IReadOnlyDictionary<string, string> CustomArgs { get; init; } = EmptyArgs;

    private static readonly IReadOnlyDictionary<string, string> EmptyArgs =
        new Dictionary<string, string>(StringComparer.Ordinal);
}
