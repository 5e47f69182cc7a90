namespace Pmo.Application.Mail;

/// <summary>A call to action: one button in HTML, "label: url" in plain text.</summary>
public sealed record MailButton(string Label, string Url);

/// <summary>A simple table (header row + rows of cells), e.g. the weekly digest.</summary>
public sealed record MailTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>What one e-mail says, before layout. Every string is plain text: the layout encodes it.</summary>
public sealed record MailContent(string Subject, string Heading, IReadOnlyList<string> Paragraphs)
{
    public MailButton? Button { get; init; }
    public MailTable? Table { get; init; }

    /// <summary>Paragraphs after the table or button.</summary>
    public IReadOnlyList<string> After { get; init; } = [];
    public string Footer { get; init; } = "";

    /// <summary>Ready-made, already safe HTML appended to the body (the review pack's own e-mail rendering).</summary>
    public string? TrustedHtml { get; init; }
}
