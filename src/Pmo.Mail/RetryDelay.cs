using System.Globalization;
using System.Net.Http.Headers;

namespace Pmo.Mail;

/// <summary>
/// How long to wait before retrying a refused send: what the server asked for (Retry-After, else
/// SendGrid's X-RateLimit-Reset epoch on 429), otherwise exponential backoff; always capped.
/// </summary>
internal static class RetryDelay
{
    public static TimeSpan Compute(HttpResponseHeaders? headers, int attempt, SendGridOptions options, DateTimeOffset now)
    {
        var delay = FromServer(headers, now)
            ?? options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        return delay > options.RetryMaxDelay ? options.RetryMaxDelay : delay;
    }

    private static TimeSpan? FromServer(HttpResponseHeaders? headers, DateTimeOffset now)
    {
        if (headers?.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                return date - now;
            }
        }

        if (headers is not null && headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateTimeOffset.FromUnixTimeSeconds(epoch) - now;
        }

        return null;
    }
}
