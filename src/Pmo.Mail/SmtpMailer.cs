using System.Net.Security;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Pmo.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit: the same RFC 5322 message the outbox writes (same Message-ID, derived
/// from the caller's MessageId, so a resend can be de-duplicated by the receiving systems), over one connection per
/// send (connect, STARTTLS or implicit TLS, AUTH when configured, MAIL/RCPT/DATA, QUIT).
/// <para>Failures, as with <see cref="SendGridMailer"/>:</para>
/// <list type="bullet">
/// <item>the server answered with a 4xx reply, or the connection failed before the whole message was written
/// (refused, TLS, timeout before the end of DATA): <see cref="MailDeliveryException"/> with
/// <see cref="MailDeliveryException.IsTransient"/> true; nothing was accepted, the caller may retry;</item>
/// <item>a 5xx reply (recipient or message rejected), failed authentication or a server lacking what the settings
/// require (STARTTLS, AUTH): <see cref="MailDeliveryException"/> with IsTransient false and the reply code in
/// <see cref="MailDeliveryException.StatusCode"/>;</item>
/// <item>the whole message was written but the server's final reply never came (timeout, connection lost):
/// <see cref="MailDeliveryUncertainException"/>; the server may have queued it.</item>
/// </list>
/// Each step (connect with TLS, authentication, the send from MAIL FROM to the final reply, QUIT) must finish within
/// <see cref="SmtpOptions.Timeout"/> measured on the injected <see cref="TimeProvider"/>; MailKit's own socket timeout
/// is off, so tests decide when a step times out instead of racing a wall clock.
/// No retries here: the caller (a workflow activity) retries transient failures. Thread-safe: nothing is shared
/// between sends.
/// </summary>
public sealed partial class SmtpMailer : IMailer
{
    private readonly MailOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SmtpMailer> _logger;

    public SmtpMailer(IOptions<MailOptions> options, TimeProvider time, ILogger<SmtpMailer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Replaces the system's certificate validation (tests pin their self-signed certificate). Null: the system's
    /// trust store and host name check, as in production.
    /// </summary>
    internal RemoteCertificateValidationCallback? ServerCertificateValidation { get; init; }

    /// <summary>The MailKit option for a <see cref="SmtpSecurity"/>; never one that silently falls back to plain text.</summary>
    internal static SecureSocketOptions ToSocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security."),
    };

    /// <inheritdoc />
    public async Task SendAsync(MailMessage message, CancellationToken ct = default)
    {
        var normalised = MailMessageGuard.Normalise(message);
        var mime = MimeMessageFactory.Create(normalised, _options, _time.GetUtcNow());
        var smtp = _options.Smtp;
        var id = normalised.MessageId;
        var progress = new DataProgress();

        using var client = new SmtpClient { Timeout = Timeout.Infinite };
        if (ServerCertificateValidation is not null)
        {
            client.ServerCertificateValidationCallback = ServerCertificateValidation;
        }

        string reply;
        try
        {
            using (var step = Step(ct))
            {
                await client.ConnectAsync(smtp.Host, smtp.Port, ToSocketOptions(smtp.Security), step.Token);
            }

            if (smtp.HasCredentials)
            {
                using var step = Step(ct);
                await client.AuthenticateAsync(smtp.UserName!, smtp.Password ?? "", step.Token);
            }

            using (var step = Step(ct))
            {
                reply = await client.SendAsync(mime, step.Token, progress);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (SmtpCommandException ex)
        {
            // The server answered: whatever it said, it did not take the message.
            var code = (int)ex.StatusCode;
            var transient = code is >= 400 and < 500;
            LogRefused(_logger, id, code, ex.ErrorCode.ToString(), ex.Mailbox?.Address);
            throw new MailDeliveryException(
                $"SMTP server {smtp.Host}:{smtp.Port} answered {code} ({Describe(ex.ErrorCode)}) for message {id}" +
                (ex.Mailbox is null ? "" : $", mailbox {ex.Mailbox.Address}") + $": {OneLine(ex.Message)}", ex)
            { StatusCode = code, IsTransient = transient };
        }
        catch (Exception ex) when (ex is AuthenticationException or SaslException)
        {
            throw new MailDeliveryException(
                $"SMTP server {smtp.Host}:{smtp.Port} refused the credentials of Mail:Smtp:UserName '{smtp.UserName}' for message {id}.", ex)
            { IsTransient = false };
        }
        catch (ServiceNotAuthenticatedException ex)
        {
            // MailKit's name for a 530 reply to MAIL FROM.
            throw new MailDeliveryException(
                $"SMTP server {smtp.Host}:{smtp.Port} requires authentication (530) for message {id}: set Mail:Smtp:UserName and Mail:Smtp:Password.", ex)
            { StatusCode = 530, IsTransient = false };
        }
        catch (NotSupportedException ex)
        {
            // The settings ask for something the server does not offer (STARTTLS, AUTH): a configuration problem.
            throw new MailDeliveryException(
                $"SMTP server {smtp.Host}:{smtp.Port} does not support what Mail:Smtp asks for ({OneLine(ex.Message)}); message {id} not sent.", ex)
            { IsTransient = false };
        }
        catch (Exception ex) when (ex is IOException or SocketException or TimeoutException or SmtpProtocolException
                                       or SslHandshakeException or OperationCanceledException or ServiceNotConnectedException)
        {
            if (progress.AllDataWritten)
            {
                LogUncertain(_logger, ex, id, smtp.Host);
                throw new MailDeliveryUncertainException(
                    $"Message {id} was handed to SMTP server {smtp.Host}:{smtp.Port} but its reply never came; it may have been accepted. Not retried to avoid a duplicate.", ex);
            }

            LogUnreachable(_logger, id, smtp.Host, smtp.Port, ex.GetType().Name);
            throw new MailDeliveryException(
                $"Message {id} could not be handed to SMTP server {smtp.Host}:{smtp.Port} ({OneLine(ex.Message)}); nothing was sent, safe to retry.", ex)
            { IsTransient = true };
        }

        LogSent(_logger, id, smtp.Host, mime.MessageId, reply);
        try
        {
            using var step = Step(ct);
            await client.DisconnectAsync(quit: true, step.Token);
        }
        catch (Exception ex) when (ex is IOException or SocketException or TimeoutException or SmtpProtocolException
                                       or SmtpCommandException or OperationCanceledException)
        {
            // The message was accepted (250 to the end of DATA); a failed QUIT changes nothing.
            LogQuitFailed(_logger, ex, id);
        }
    }

    /// <summary>The deadline of one step: the caller's token or <see cref="SmtpOptions.Timeout"/> on the clock.</summary>
    private Deadline Step(CancellationToken ct) => new(_options.Smtp.Timeout, _time, ct);

    private static string Describe(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.RecipientNotAccepted => "recipient rejected",
        SmtpErrorCode.SenderNotAccepted => "sender rejected",
        SmtpErrorCode.MessageNotAccepted => "message rejected",
        _ => "unexpected reply",
    };

    private static string OneLine(string? text)
    {
        var line = MailMessageGuard.OneLine(text ?? "");
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    /// <summary>
    /// Watches the DATA transfer: once every byte of the message is written only the server's final reply is missing,
    /// and a failure from then on leaves the outcome unknown. Before that the server cannot have accepted it.
    /// </summary>
    private sealed class DataProgress : ITransferProgress
    {
        private int _complete;

        public bool AllDataWritten => Volatile.Read(ref _complete) == 1;

        public void Report(long bytesTransferred, long totalSize)
        {
            if (totalSize <= 0 || bytesTransferred >= totalSize)
            {
                Volatile.Write(ref _complete, 1);
            }
        }

        // Without a known size the end cannot be told: count any data as possibly complete (the cautious side).
        public void Report(long bytesTransferred) => Volatile.Write(ref _complete, 1);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMTP server {Host} accepted message {MessageId} (Message-ID {HeaderMessageId}): {Reply}")]
    private static partial void LogSent(ILogger logger, string messageId, string host, string? headerMessageId, string? reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP server refused message {MessageId} with {Status} ({ErrorCode}, mailbox {Mailbox})")]
    private static partial void LogRefused(ILogger logger, string messageId, int status, string errorCode, string? mailbox);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} could not be handed to SMTP server {Host}:{Port} ({Error}); nothing sent")]
    private static partial void LogUnreachable(ILogger logger, string messageId, string host, int port, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outcome of SMTP send of message {MessageId} to {Host} unknown; not retried")]
    private static partial void LogUncertain(ILogger logger, Exception exception, string messageId, string host);

    [LoggerMessage(Level = LogLevel.Debug, Message = "QUIT after message {MessageId} failed; the message was already accepted")]
    private static partial void LogQuitFailed(ILogger logger, Exception exception, string messageId);
}
