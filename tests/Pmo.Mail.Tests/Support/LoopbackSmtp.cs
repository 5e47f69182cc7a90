using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Pmo.Mail.Tests.Support;

/// <summary>One DATA transfer the server read: the raw bytes, the envelope, who was signed in, and what it answered.</summary>
internal sealed record SmtpDelivery(byte[] Data, string MailFrom, IReadOnlyList<string> RcptTo, string? User, bool Secure, int Reply)
{
    public MimeMessage Parse() => MimeMessage.Load(new MemoryStream(Data));
}

/// <summary>How the loopback server behaves; every default accepts everything without TLS or AUTH.</summary>
internal sealed class LoopbackSmtpSettings
{
    /// <summary>AUTH required with exactly these credentials (offered only over TLS when a certificate is set).</summary>
    public (string User, string Password)? Credentials { get; init; }

    /// <summary>Offers STARTTLS with it, or TLS from the first byte with <see cref="ImplicitTls"/>.</summary>
    public X509Certificate2? Certificate { get; init; }

    public bool ImplicitTls { get; init; }

    /// <summary>The reply to a RCPT TO for an address; null accepts it. May wait (to make the client time out).</summary>
    public Func<string, Task<SmtpResponse?>>? Recipient { get; init; }

    /// <summary>The reply to the end of DATA for the n-th transfer (1-based); 250 when null. May wait.</summary>
    public Func<int, Task<SmtpResponse>>? Data { get; init; }
}

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a port the system chose, in-process. It records every
/// DATA transfer and every AUTH attempt; tests await <see cref="NextDeliveryAsync"/> instead of sleeping.
/// </summary>
internal sealed class LoopbackSmtp : IAsyncDisposable, IMessageStore, IMailboxFilter
{
    /// <summary>Bounds a wait on the server so a broken test fails instead of hanging; never reached when it works.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);

    private readonly LoopbackSmtpSettings _settings;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<SmtpDelivery> _deliveries = Channel.CreateUnbounded<SmtpDelivery>();
    private Task _run = Task.CompletedTask;
    private int _dataCount;

    private LoopbackSmtp(LoopbackSmtpSettings settings) => _settings = settings;

    public int Port { get; private set; }

    /// <summary>Every AUTH attempt, with the credentials the client sent.</summary>
    public ConcurrentQueue<(string User, string Password)> AuthAttempts { get; } = new();

    /// <summary>Number of DATA transfers that reached the end of the message.</summary>
    public int DataCount => Volatile.Read(ref _dataCount);

    public static async Task<LoopbackSmtp> StartAsync(LoopbackSmtpSettings? settings = null)
    {
        var server = new LoopbackSmtp(settings ?? new LoopbackSmtpSettings());
        await server.StartCoreAsync();
        return server;
    }

    private async Task StartCoreAsync()
    {
        var s = _settings;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e =>
            {
                e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0))
                    .IsSecure(s.ImplicitTls)
                    .AuthenticationRequired(s.Credentials is not null)
                    .AllowUnsecureAuthentication(s.Certificate is null);
                if (s.Certificate is not null)
                {
                    e.Certificate(s.Certificate);
                }
            })
            .Build();

        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add((IMessageStore)this);
        services.Add((IMailboxFilter)this);
        services.Add(new DelegatingUserAuthenticator((user, password) =>
        {
            AuthAttempts.Enqueue((user, password));
            return s.Credentials is { } expected && expected.User == user && expected.Password == password;
        }));

        var server = new SmtpServer.SmtpServer(options, services);
        _run = server.StartAsync(_stop.Token);
        Port = await started.Task.WaitAsync(WaitLimit);
    }

    /// <summary>The next DATA transfer the server read (accepted or not); fails the test after <see cref="WaitLimit"/>.</summary>
    public async Task<SmtpDelivery> NextDeliveryAsync() => await _deliveries.Reader.ReadAsync().AsTask().WaitAsync(WaitLimit);

    /// <summary>True when a DATA transfer is waiting to be read (none should be after a refused RCPT).</summary>
    public bool HasDelivery => _deliveries.Reader.TryPeek(out _);

    async Task<SmtpResponse> IMessageStore.SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _dataCount);
        var data = buffer.ToArray();
        var reply = _settings.Data is null ? SmtpResponse.Ok : await _settings.Data(n);
        await _deliveries.Writer.WriteAsync(new SmtpDelivery(
            data,
            transaction.From.AsAddress(),
            transaction.To.Select(m => m.AsAddress()).ToList(),
            context.Authentication.IsAuthenticated ? context.Authentication.User : null,
            context.Pipe.IsSecure,
            (int)reply.ReplyCode), CancellationToken.None);
        return reply;
    }

    Task<bool> IMailboxFilter.CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    async Task<bool> IMailboxFilter.CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
    {
        if (_settings.Recipient is null)
        {
            return true;
        }

        var reply = await _settings.Recipient(to.AsAddress());
        return reply is null ? true : throw new SmtpResponseException(reply);
    }

    /// <summary>A self-signed server certificate for 127.0.0.1 / localhost, valid for a day.</summary>
    public static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _run.WaitAsync(WaitLimit); }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
