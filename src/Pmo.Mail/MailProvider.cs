namespace Pmo.Mail;

/// <summary>Which sender <see cref="IMailer"/> resolves to.</summary>
public enum MailProvider
{
    /// <summary>Writes .eml files to <see cref="MailOptions.OutboxFolder"/> (local runs, demos, tests).</summary>
    Outbox,

    /// <summary>Sends through the SendGrid v3 API (Azure).</summary>
    SendGrid,

    /// <summary>Sends through an SMTP server (<see cref="MailOptions.Smtp"/>) with MailKit.</summary>
    Smtp,
}
