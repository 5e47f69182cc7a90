using Pmo.Mail;

namespace Pmo.Workflows.Mail;

/// <summary>A review pack ready to mail: its HTML summary (safe HTML) and its attachments (PDF, XLSX, inline charts).</summary>
public sealed record BuiltPack(string EmailHtml, IReadOnlyList<MailAttachment> Attachments);
