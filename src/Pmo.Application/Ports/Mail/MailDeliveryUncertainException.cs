namespace Pmo.Application.Ports.Mail;

/// <summary>
/// The outcome is unknown: the request may have reached the provider (timeout, connection lost after
/// sending). Retrying may send the e-mail twice, so callers should not retry blindly: SendGrid has no
/// idempotency key. Workflows treat it as "probably sent" and log it for a human to check.
/// </summary>
public class MailDeliveryUncertainException : Exception
{
    public MailDeliveryUncertainException() { }
    public MailDeliveryUncertainException(string message) : base(message) { }
    public MailDeliveryUncertainException(string message, Exception inner) : base(message, inner) { }
}
