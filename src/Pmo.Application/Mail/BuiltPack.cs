namespace Pmo.Application.Mail;

/// <summary>A review pack ready to mail: its HTML summary (safe HTML) and its attachments (PDF, XLSX, inline charts).</summary>
public sealed record BuiltPack(string EmailHtml, IReadOnlyList<MailAttachment> Attachments)
{
    /// <summary>
    /// The summary as one self-contained HTML file, kept as the pack's <c>pack.html</c> and downloaded from the API:
    /// charts embedded as <c>data:</c> URIs instead of the e-mail's <c>cid:</c> references to inline parts.
    /// The same as <see cref="EmailHtml"/> when the summary has no inline images.
    /// </summary>
    public string StandaloneHtml { get; init; } = EmailHtml;
}
