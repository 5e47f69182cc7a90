using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Pmo.Application.Ports.Mail;
using Pmo.Mail.Tests.Support;
using SmtpServer.Protocol;

namespace Pmo.Mail.Tests.Smtp;

/// <summary>The SMTP sender against a real SMTP server on loopback (the SmtpServer package, in-process).</summary>
public sealed class SmtpMailerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private const string Password = "p@ss word:with;odd chars"; // a literal test credential for a loopback server

    // Each step's deadline runs on the mailer's clock. The timeout tests pass a FakeTimeProvider and advance it once the
    // server holds a reply; the others get a fixed "now" with real timers, where this only bounds a hang. Long enough
    // that a deadline on the wall clock (not the injected one) would make the timeout tests fail, not pass slowly.
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    private static SmtpMailer Mailer(int port, Action<SmtpOptions>? configure = null, X509Certificate2? trusted = null,
        TimeProvider? clock = null)
    {
        var options = Messages.Options();
        options.Provider = MailProvider.Smtp;
        options.Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, Timeout = StepTimeout };
        configure?.Invoke(options.Smtp);
        return new SmtpMailer(Options.Create(options), clock ?? new FixedClock(Now), NullLogger<SmtpMailer>.Instance)
        {
            ServerCertificateValidation = trusted is null ? null : Pin(trusted),
        };
    }

    // Trust exactly the test server's self-signed certificate, nothing else.
    private static RemoteCertificateValidationCallback Pin(X509Certificate2 trusted) =>
        (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString();

    private static SmtpResponse Reply(int code, string text) => new((SmtpReplyCode)code, text);

    [Fact]
    public async Task The_message_the_smtp_server_receives_is_marked_automated_and_names_its_list()
    {
        await using var server = await LoopbackSmtp.StartAsync();

        await Mailer(server.Port).SendAsync(Messages.Chase());

        var received = (await server.NextDeliveryAsync()).Parse();
        Assert.Equal("auto-generated", received.Headers["Auto-Submitted"]);
        Assert.Equal("DR, RN, NRN, OOF, AutoReply", received.Headers["X-Auto-Response-Suppress"]);
        Assert.Equal(Messages.ChaseListId, received.Headers[HeaderId.ListId]);
    }

    [Fact]
    public async Task Sends_the_message_the_outbox_would_write_with_every_part_and_header()
    {
        await using var server = await LoopbackSmtp.StartAsync();
        var message = Messages.Chase();

        await Mailer(server.Port).SendAsync(message);

        var delivery = await server.NextDeliveryAsync();
        Assert.Equal(250, delivery.Reply);
        Assert.Equal("pmo@contoso.example", delivery.MailFrom);
        Assert.Equal(["chef.projet@contoso.example", "sponsor@contoso.example"], delivery.RcptTo.Order());

        var expected = MimeMessageFactory.Create(MailMessageGuard.Normalise(message), Messages.Options(), Now);
        var received = delivery.Parse();
        Assert.Equal(expected.MessageId, received.MessageId);
        Assert.Equal("chase-PRJ-1-2026-W48-invite@contoso.example", received.MessageId);
        Assert.Equal("Relance : mise à jour hebdomadaire — Projet Été", received.Subject);
        Assert.Equal(Now, received.Date);
        Assert.Equal("\"Bureau PMO\" <pmo@contoso.example>", received.From.ToString());
        Assert.Equal(expected.To.ToString(), received.To.ToString());
        Assert.Equal(expected.Cc.ToString(), received.Cc.ToString());
        foreach (var header in new[] { "X-Pmo-Message-Id", "X-Pmo-Category", "X-Pmo-Arg-tenant", "X-Pmo-Arg-project" })
        {
            Assert.Equal(expected.Headers[header], received.Headers[header]);
        }

        Assert.Equal("chase-PRJ-1-2026-W48-invite", received.Headers["X-Pmo-Message-Id"]);
        Assert.Equal("fr", received.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal(expected.TextBody, received.TextBody);
        Assert.Equal(expected.HtmlBody, received.HtmlBody);

        var pdf = Assert.Single(received.Attachments.OfType<MimePart>());
        Assert.Equal("revue-novembre.pdf", pdf.FileName);
        Assert.Equal(Messages.Pdf, Decode(pdf));
        var logo = Assert.Single(received.BodyParts.OfType<MimePart>(), p => p.ContentId == "logo");
        Assert.Equal("image/png", logo.ContentType.MimeType);
        Assert.Equal(Messages.Png, Decode(logo));
        Assert.Null(delivery.User); // no credentials configured: no AUTH
    }

    [Fact]
    public async Task Authenticates_with_the_configured_user_name_and_password()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Credentials = ("pmo-sender", Password) });

        await Mailer(server.Port, s => { s.UserName = "pmo-sender"; s.Password = Password; }).SendAsync(Messages.Chase());

        Assert.Equal([("pmo-sender", Password)], server.AuthAttempts);
        var delivery = await server.NextDeliveryAsync();
        Assert.Equal("pmo-sender", delivery.User);
    }

    [Fact]
    public async Task Refused_credentials_are_a_permanent_failure_that_does_not_show_the_password()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Credentials = ("pmo-sender", "the-right-one") });

        var error = await Assert.ThrowsAsync<MailDeliveryException>(
            () => Mailer(server.Port, s => { s.UserName = "pmo-sender"; s.Password = Password; }).SendAsync(Messages.Chase()));

        Assert.False(error.IsTransient);
        Assert.Contains("Mail:Smtp:UserName", error.Message);
        Assert.DoesNotContain(Password, error.ToString());
        Assert.Equal(0, server.DataCount);
    }

    [Fact]
    public async Task A_server_requiring_AUTH_without_credentials_configured_is_a_permanent_failure()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Credentials = ("pmo-sender", Password) });

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(server.Port).SendAsync(Messages.Chase()));

        Assert.Equal(530, error.StatusCode);
        Assert.Contains("Mail:Smtp:UserName", error.Message);
        Assert.False(error.IsTransient);
        Assert.Equal(0, server.DataCount);
    }

    [Fact]
    public async Task A_4xx_reply_to_a_recipient_is_a_transient_failure_and_nothing_is_transferred()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings
        {
            Recipient = _ => Task.FromResult<SmtpResponse?>(Reply(451, "4.3.0 Mail server temporarily rejected message")),
        });

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(server.Port).SendAsync(Messages.Chase()));

        Assert.True(error.IsTransient);
        Assert.Equal(451, error.StatusCode);
        Assert.Contains("chase-PRJ-1-2026-W48-invite", error.Message);
        Assert.Equal(0, server.DataCount);
    }

    [Fact]
    public async Task A_5xx_rejection_of_a_recipient_is_a_permanent_failure_naming_the_mailbox()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings
        {
            Recipient = address => Task.FromResult<SmtpResponse?>(
                address == "sponsor@contoso.example" ? Reply(550, "5.1.1 User unknown") : null),
        });

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(server.Port).SendAsync(Messages.Chase()));

        Assert.False(error.IsTransient);
        Assert.Equal(550, error.StatusCode);
        Assert.Contains("sponsor@contoso.example", error.Message);
        Assert.Contains("recipient rejected", error.Message);
        Assert.Equal(0, server.DataCount);
    }

    [Fact]
    public async Task A_4xx_at_the_end_of_DATA_is_transient_and_the_resend_carries_the_same_Message_ID()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings
        {
            Data = n => Task.FromResult(n == 1 ? Reply(452, "4.3.1 Insufficient system storage") : SmtpResponse.Ok),
        });
        var mailer = Mailer(server.Port);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => mailer.SendAsync(Messages.Chase()));
        Assert.True(error.IsTransient);
        Assert.Equal(452, error.StatusCode);
        await mailer.SendAsync(Messages.Chase()); // what the caller does with a transient failure

        var refused = (await server.NextDeliveryAsync()).Parse();
        var accepted = (await server.NextDeliveryAsync()).Parse();
        Assert.Equal("chase-PRJ-1-2026-W48-invite@contoso.example", refused.MessageId);
        Assert.Equal(refused.MessageId, accepted.MessageId);
        Assert.Equal(refused.Headers["X-Pmo-Message-Id"], accepted.Headers["X-Pmo-Message-Id"]);
    }

    [Fact]
    public async Task A_5xx_at_the_end_of_DATA_is_a_permanent_failure()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings
        {
            Data = _ => Task.FromResult(Reply(554, "5.7.1 Message rejected as spam")),
        });

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(server.Port).SendAsync(Messages.Chase()));

        Assert.False(error.IsTransient);
        Assert.Equal(554, error.StatusCode);
        Assert.Contains("message rejected", error.Message);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transient_failure()
    {
        using var closed = ClosedPort.Reserve();

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(closed.Port).SendAsync(Messages.Chase()));

        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
        Assert.Contains($"127.0.0.1:{closed.Port}", error.Message);
    }

    [Fact]
    public async Task A_timeout_before_the_message_was_written_is_a_transient_failure()
    {
        var clock = new FakeTimeProvider(Now);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<SmtpResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings
        {
            Recipient = _ =>
            {
                held.TrySetResult();
                return release.Task;
            },
        });

        var send = Mailer(server.Port, clock: clock).SendAsync(Messages.Chase());
        // The server holds its reply to RCPT TO; only now does the step's deadline pass.
        await held.Task.WaitAsync(LoopbackSmtp.WaitLimit);
        clock.Advance(StepTimeout);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => send.WaitAsync(LoopbackSmtp.WaitLimit));
        Assert.True(error.IsTransient);
        release.SetResult(null);
        Assert.Equal(0, server.DataCount);
    }

    [Fact]
    public async Task A_timeout_after_the_whole_message_was_written_leaves_the_outcome_uncertain()
    {
        var clock = new FakeTimeProvider(Now);
        var (held, release) = HeldDataReply();
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Data = _ => Hold(held, release) });

        var send = Mailer(server.Port, clock: clock).SendAsync(Messages.Chase());
        // The server read the whole message and holds its final reply; only now does the step's deadline pass.
        await held.Task.WaitAsync(LoopbackSmtp.WaitLimit);
        clock.Advance(StepTimeout);

        await Assert.ThrowsAsync<MailDeliveryUncertainException>(() => send.WaitAsync(LoopbackSmtp.WaitLimit));
        // The server did receive the whole message: it could well have queued it.
        Assert.Equal(1, server.DataCount);
        release.SetResult(SmtpResponse.Ok);
        var delivery = await server.NextDeliveryAsync();
        Assert.Equal("chase-PRJ-1-2026-W48-invite@contoso.example", delivery.Parse().MessageId);
    }

    [Fact]
    public async Task A_step_just_short_of_its_deadline_still_succeeds()
    {
        var clock = new FakeTimeProvider(Now);
        var (held, release) = HeldDataReply();
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Data = _ => Hold(held, release) });

        var send = Mailer(server.Port, clock: clock).SendAsync(Messages.Chase());
        await held.Task.WaitAsync(LoopbackSmtp.WaitLimit);
        clock.Advance(StepTimeout - TimeSpan.FromSeconds(1));
        release.SetResult(SmtpResponse.Ok);

        await send.WaitAsync(LoopbackSmtp.WaitLimit);
        Assert.Equal(250, (await server.NextDeliveryAsync()).Reply);
    }

    [Fact]
    public async Task StartTls_upgrades_the_connection_before_authenticating()
    {
        using var certificate = LoopbackSmtp.CreateCertificate();
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings
        {
            Certificate = certificate,
            Credentials = ("pmo-sender", Password), // the server offers AUTH only once TLS is on
        });

        await Mailer(server.Port, s =>
        {
            s.Security = SmtpSecurity.StartTls;
            s.UserName = "pmo-sender";
            s.Password = Password;
        }, trusted: certificate).SendAsync(Messages.Chase());

        var delivery = await server.NextDeliveryAsync();
        Assert.True(delivery.Secure);
        Assert.Equal("pmo-sender", delivery.User);
    }

    [Fact]
    public async Task StartTls_against_a_server_without_it_fails_without_sending_anything_in_clear()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Credentials = ("pmo-sender", Password) });

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(server.Port, s =>
        {
            s.Security = SmtpSecurity.StartTls;
            s.UserName = "pmo-sender";
            s.Password = Password;
        }).SendAsync(Messages.Chase()));

        Assert.False(error.IsTransient);
        Assert.Contains("STARTTLS", error.Message);
        Assert.Empty(server.AuthAttempts);
        Assert.Equal(0, server.DataCount);
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused()
    {
        using var certificate = LoopbackSmtp.CreateCertificate();
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Certificate = certificate });

        // No pinned certificate: the system's validation, which does not trust a self-signed one.
        var error = await Assert.ThrowsAsync<MailDeliveryException>(
            () => Mailer(server.Port, s => s.Security = SmtpSecurity.StartTls).SendAsync(Messages.Chase()));

        Assert.Equal(0, server.DataCount);
        Assert.IsType<SslHandshakeException>(error.InnerException);
    }

    [Fact]
    public async Task Ssl_on_connect_speaks_TLS_from_the_first_byte()
    {
        using var certificate = LoopbackSmtp.CreateCertificate();
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Certificate = certificate, ImplicitTls = true });

        await Mailer(server.Port, s => s.Security = SmtpSecurity.SslOnConnect, trusted: certificate).SendAsync(Messages.Chase());

        Assert.True((await server.NextDeliveryAsync()).Secure);
    }

    [Fact]
    public async Task Concurrent_sends_each_use_their_own_connection()
    {
        await using var server = await LoopbackSmtp.StartAsync();
        var mailer = Mailer(server.Port);

        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => mailer.SendAsync(Messages.Chase(id: $"chase-{i}"))));

        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await server.NextDeliveryAsync()).Parse().Headers["X-Pmo-Message-Id"] ?? "");
        }

        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"chase-{i}").Order(), ids.Order());
    }

    [Fact]
    public async Task An_invalid_message_is_refused_before_connecting()
    {
        using var closed = ClosedPort.Reserve(); // a connection attempt would fail differently

        await Assert.ThrowsAsync<ArgumentException>(() => Mailer(closed.Port).SendAsync(Messages.Chase(subject: "\r\n")));
    }

    [Theory]
    [InlineData(SmtpSecurity.StartTls, SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect, SecureSocketOptions.SslOnConnect)]
    [InlineData(SmtpSecurity.None, SecureSocketOptions.None)]
    public void Security_maps_to_the_MailKit_option_that_never_falls_back_to_plain_text(SmtpSecurity security, SecureSocketOptions expected) =>
        Assert.Equal(expected, SmtpMailer.ToSocketOptions(security));

    private static byte[] Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    // A server that has read the whole message and holds its final reply until the test releases it.
    private static (TaskCompletionSource Held, TaskCompletionSource<SmtpResponse> Release) HeldDataReply() =>
        (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
         new TaskCompletionSource<SmtpResponse>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static Task<SmtpResponse> Hold(TaskCompletionSource held, TaskCompletionSource<SmtpResponse> release)
    {
        held.TrySetResult();
        return release.Task;
    }
}
