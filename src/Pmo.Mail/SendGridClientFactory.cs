using SendGrid;

namespace Pmo.Mail;

/// <summary>
/// Builds the SDK client: our own retries only (the SDK's are off), the host overridable for tests. The HttpClient has
/// no timeout of its own: <see cref="SendGridMailer"/> bounds each request with <see cref="SendGridOptions.RequestTimeout"/>
/// on its TimeProvider.
/// </summary>
public static class SendGridClientFactory
{
    /// <summary>A client for <paramref name="options"/>; the returned client owns its HttpClient (keep it a singleton).</summary>
    public static ISendGridClient Create(SendGridOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new SendGridClientOptions
        {
            ApiKey = options.ApiKey, // the SDK throws on an empty key: options validation catches it first
            HttpErrorAsException = false, // we read the status and decide whether a retry is safe
        };
        if (options.Host is not null)
        {
            clientOptions.Host = options.Host.GetLeftPart(UriPartial.Authority);
        }

#pragma warning disable CA2000 // the HttpClient lives as long as the singleton client that uses it
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        return new SendGridClient(http, clientOptions);
    }
}
