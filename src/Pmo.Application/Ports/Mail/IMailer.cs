namespace Pmo.Application.Ports.Mail;

/// <summary>The mailer port: sends one message. Implementations de-duplicate by <see cref="MailMessage.MessageId"/> where they can.</summary>
public interface IMailer
{
    /// <summary>Sends <paramref name="message"/>; throws when it was not sent (see <see cref="MailDeliveryException"/>).</summary>
    Task SendAsync(MailMessage message, CancellationToken ct = default);
}
