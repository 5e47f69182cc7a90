namespace Pmo.Mail;

/// <summary>
/// The message was certainly not accepted by the provider (rejected, or still failing after the retries).
/// Safe to retry later: nothing was sent.
/// </summary>
public class MailDeliveryException : Exception
{
    public MailDeliveryException() { }
    public MailDeliveryException(string message) : base(message) { }
    public MailDeliveryException(string message, Exception inner) : base(message, inner) { }

    /// <summary>HTTP status the provider answered, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>True when retrying later may succeed (429, 5xx, connection refused); false for a rejected message (4xx).</summary>
    public bool IsTransient { get; init; }
}
