using System.Diagnostics.CodeAnalysis;

namespace Pmo.Application.Ports.Mail;

/// <summary>
/// A file attached to a message. With a <see cref="ContentId"/> it is an inline part (an image the HTML
/// body shows with <c>src="cid:{ContentId}"</c>); without, a regular attachment.
/// </summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays",
    Justification = "An immutable-by-convention payload handed straight to MimeKit/SendGrid; a copy would only cost memory.")]
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content, string? ContentId = null)
{
    /// <summary>True when the HTML body references this part by <c>cid:</c>.</summary>
    public bool IsInline => !string.IsNullOrEmpty(ContentId);
}
