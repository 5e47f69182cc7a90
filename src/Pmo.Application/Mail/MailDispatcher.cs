namespace Pmo.Application.Mail;

/// <summary>
/// Sends through the mailer at most once per message id: an activity retried after a crash or a timeout finds the id
/// recorded and skips it. The record is written after the send, so a crash in between can at worst resend, and the
/// outbox mailer itself is idempotent by message id.
/// </summary>
public sealed partial class MailDispatcher(IMailer mailer, IPortfolioStore store, TimeProvider time, ILogger<MailDispatcher> logger)
{
    internal static string KeyFor(string messageId) => $"mail:{messageId}";

    /// <summary>Whether the message with this id was sent (or handed over with an uncertain outcome).</summary>
    public async Task<bool> WasSentAsync(string messageId, CancellationToken cancellationToken = default) =>
        await store.Idempotency.FindAsync(KeyFor(messageId), cancellationToken) is not null;

    /// <summary>True when sent now, false when it had already been sent.</summary>
    public async Task<bool> SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = KeyFor(message.MessageId);
        if (await store.Idempotency.FindAsync(key, cancellationToken) is not null)
        {
            LogAlreadySent(message.MessageId);
            return false;
        }

        try
        {
            await mailer.SendAsync(message, cancellationToken);
        }
        catch (MailDeliveryUncertainException ex)
        {
            // The provider may have it: resending could deliver twice, so record it and leave it to a human.
            LogUncertain(ex, message.MessageId);
        }

        await store.Idempotency.TryAddAsync(new IdempotencyRecord(key, message.Category ?? "", time.GetUtcNow()), cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Mail {MessageId} was already sent; skipping")]
    private partial void LogAlreadySent(string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} may or may not have been delivered; not retrying")]
    private partial void LogUncertain(Exception ex, string messageId);
}
