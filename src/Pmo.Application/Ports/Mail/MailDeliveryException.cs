namespace Pmo.Application.Ports.Mail;

/// <summary>
/// The message was certainly not accepted by the provider (rejected, or still failing after the retries).
/// Safe to retry later: nothing was sent.
/// </summary>
public class MailDeliveryException : Exception
{
    public MailDeliveryException() { }
    public MailDeliveryException(string message) : base(message) { }
    public MailDeliveryException(string message, Exception inner) : base(message, inner) { }

    /// <summary>What the provider answered, when it did: the HTTP status (SendGrid) or the SMTP reply code (SMTP).</summary>
    public int? StatusCode { get; init; }

    /// <summary>
    /// True when retrying later may succeed (SendGrid: 429, 5xx; SMTP: a 4xx reply; any: connection refused); false for
    /// a rejected message (SendGrid: 4xx; SMTP: a 5xx reply such as an unknown recipient, refused credentials).
    /// </summary>
    public bool IsTransient { get; init; }
}
