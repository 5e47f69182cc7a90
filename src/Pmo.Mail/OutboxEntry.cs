namespace Pmo.Mail;

/// <summary>One message of the outbox, as a dashboard lists it.</summary>
public sealed record OutboxEntry(
    string FileName,
    string MessageId,
    string Subject,
    IReadOnlyList<string> To,
    DateTimeOffset Date,
    string? Category);

/// <summary>One message of the outbox with its bodies, as a dashboard shows it.</summary>
public sealed record OutboxMessage(
    OutboxEntry Entry,
    string? TextBody,
    string? HtmlBody,
    IReadOnlyList<string> AttachmentNames);
