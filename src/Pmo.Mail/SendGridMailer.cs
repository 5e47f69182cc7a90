using System.Net;
using SendGrid;

namespace Pmo.Mail;

/// <summary>
/// Sends through SendGrid's v3 API. Retries, with backoff honouring Retry-After, only when the message
/// certainly was not accepted: 429, 500, 502, 503, or a connection that could not be opened. A timeout,
/// a connection lost mid-request or a 504 leave the outcome unknown; as SendGrid has no idempotency key,
/// a retry could send the e-mail twice, so those throw <see cref="MailDeliveryUncertainException"/> instead.
/// The request timeout and the backoff both run on the injected <see cref="TimeProvider"/> (the HttpClient's own
/// timeout is off), so tests decide when a request times out instead of racing a wall clock.
/// </summary>
public sealed partial class SendGridMailer : IMailer
{
    private readonly ISendGridClient _client;
    private readonly MailOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SendGridMailer> _logger;

    public SendGridMailer(ISendGridClient client, IOptions<MailOptions> options, TimeProvider time, ILogger<SendGridMailer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task SendAsync(MailMessage message, CancellationToken ct = default)
    {
        var normalised = MailMessageGuard.Normalise(message);
        var mail = SendGridMessageFactory.Create(normalised, _options);
        var maxRetries = _options.SendGrid.MaxRetries;

        for (var attempt = 0; ; attempt++)
        {
            Response response;
            using var deadline = new Deadline(_options.SendGrid.RequestTimeout, _time, ct);
            try
            {
                response = await _client.SendEmailAsync(mail, deadline.Token);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (HttpRequestException ex) when (NeverReachedServer(ex))
            {
                if (attempt >= maxRetries)
                {
                    throw new MailDeliveryException(
                        $"SendGrid could not be reached for message {normalised.MessageId} after {attempt + 1} attempts.", ex)
                    { IsTransient = true };
                }

                await WaitAsync(normalised.MessageId, null, attempt, null, ct);
                continue;
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
            {
                LogUncertain(_logger, ex, normalised.MessageId);
                throw new MailDeliveryUncertainException(
                    $"The outcome of sending message {normalised.MessageId} through SendGrid is unknown; not retried to avoid a duplicate.", ex);
            }

            if (response.IsSuccessStatusCode)
            {
                var providerId = MessageIdOf(response);
                LogSent(_logger, normalised.MessageId, (int)response.StatusCode, providerId);
                return;
            }

            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.GatewayTimeout)
            {
                throw new MailDeliveryUncertainException(
                    $"SendGrid answered 504 for message {normalised.MessageId}: it may have been accepted; not retried to avoid a duplicate.");
            }

            var transient = status == 429 || status >= 500;
            if (transient && attempt < maxRetries)
            {
                await WaitAsync(normalised.MessageId, status, attempt, response, ct);
                continue;
            }

            var body = await ReadBodyAsync(response, ct);
            throw new MailDeliveryException(
                $"SendGrid answered {status} for message {normalised.MessageId}" +
                (transient ? $" after {attempt + 1} attempts" : "") + $": {body}")
            { StatusCode = status, IsTransient = transient };
        }
    }

    private async Task WaitAsync(string messageId, int? status, int attempt, Response? response, CancellationToken ct)
    {
        var delay = RetryDelay.Compute(response?.Headers, attempt, _options.SendGrid, _time.GetUtcNow());
        LogRetry(_logger, messageId, status, attempt + 1, delay);
        await Task.Delay(delay, _time, ct);
    }

    // Connection refused, DNS or TLS failure: the request never left, so a retry cannot duplicate it.
    private static bool NeverReachedServer(HttpRequestException ex) =>
        ex.HttpRequestError is HttpRequestError.ConnectionError
            or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError;

    private static string? MessageIdOf(Response response) =>
        response.Headers is not null && response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;

    private static async Task<string> ReadBodyAsync(Response response, CancellationToken ct)
    {
        if (response.Body is null)
        {
            return "(no body)";
        }

        var text = await response.Body.ReadAsStringAsync(ct);
        return text.Length > 1000 ? text[..1000] + "…" : text;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SendGrid accepted message {MessageId} ({Status}, X-Message-Id {ProviderMessageId})")]
    private static partial void LogSent(ILogger logger, string messageId, int status, string? providerMessageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SendGrid refused message {MessageId} ({Status}); retry {Retry} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string messageId, int? status, int retry, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outcome of SendGrid send for message {MessageId} unknown; not retried")]
    private static partial void LogUncertain(ILogger logger, Exception exception, string messageId);
}
