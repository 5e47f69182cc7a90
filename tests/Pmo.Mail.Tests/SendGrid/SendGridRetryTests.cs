using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pmo.Application.Ports.Mail;
using Pmo.Mail.Tests.Support;

namespace Pmo.Mail.Tests.SendGrid;

/// <summary>
/// Retry behaviour against a real loopback server. The clock records backoff instead of sleeping, and holds the request
/// deadline (longer than any backoff) until a test fires it, so no outcome depends on how fast the machine is.
/// </summary>
public sealed class SendGridRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);
    private readonly ImmediateTimeProvider _clock = new(Now, hold: RequestTimeout);

    private SendGridMailer Mailer(Uri host, int maxRetries = 3)
    {
        var options = Messages.Options();
        options.Provider = MailProvider.SendGrid;
        options.SendGrid = new SendGridOptions
        {
            ApiKey = "SG.test-key",
            Host = host,
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            RetryMaxDelay = TimeSpan.FromSeconds(30),
            RequestTimeout = RequestTimeout,
        };
        return new SendGridMailer(SendGridClientFactory.Create(options.SendGrid), Options.Create(options), _clock,
            NullLogger<SendGridMailer>.Instance);
    }

    private static Dictionary<string, string> Headers(string name, string value) => new() { [name] = value };

    [Fact]
    public async Task A_429_with_Retry_After_then_202_sends_exactly_twice_after_the_asked_delay()
    {
        await using var server = new LoopbackSendGrid(
            new ScriptedResponse(429, Headers("Retry-After", "7"), """{"errors":[{"message":"too many requests"}]}"""),
            new ScriptedResponse(202));

        await Mailer(server.BaseAddress).SendAsync(Messages.Chase());

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _clock.Delays);
        var bodies = server.Requests.Select(r => r.Body).Distinct().ToList();
        Assert.Single(bodies); // the retry is the same message, not a new one
    }

    [Fact]
    public async Task A_429_without_Retry_After_waits_until_X_RateLimit_Reset()
    {
        var reset = Now.AddSeconds(12).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var server = new LoopbackSendGrid(new ScriptedResponse(429, Headers("X-RateLimit-Reset", reset)));

        await Mailer(server.BaseAddress).SendAsync(Messages.Chase());

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(12)], _clock.Delays);
    }

    [Fact]
    public async Task A_400_is_not_retried_and_says_why()
    {
        await using var server = new LoopbackSendGrid(new ScriptedResponse(400,
            Body: """{"errors":[{"message":"The from address does not match a verified Sender Identity.","field":"from"}]}"""));

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(server.BaseAddress).SendAsync(Messages.Chase()));

        Assert.Single(server.Requests);
        Assert.Empty(_clock.Delays);
        Assert.Equal(400, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("400", error.Message);
        Assert.Contains("chase-PRJ-1-2026-W48-invite", error.Message);
        Assert.Contains("verified Sender Identity", error.Message);
    }

    [Fact]
    public async Task Persistent_503_backs_off_exponentially_then_gives_up()
    {
        await using var server = new LoopbackSendGrid(
            new ScriptedResponse(503), new ScriptedResponse(503), new ScriptedResponse(503));

        var error = await Assert.ThrowsAsync<MailDeliveryException>(
            () => Mailer(server.BaseAddress, maxRetries: 2).SendAsync(Messages.Chase()));

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _clock.Delays);
        Assert.Equal(503, error.StatusCode);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_500_then_202_succeeds_on_the_retry()
    {
        await using var server = new LoopbackSendGrid(new ScriptedResponse(500));

        await Mailer(server.BaseAddress).SendAsync(Messages.Chase());

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_504_may_have_been_accepted_so_it_is_not_retried()
    {
        await using var server = new LoopbackSendGrid(new ScriptedResponse(504));

        await Assert.ThrowsAsync<MailDeliveryUncertainException>(() => Mailer(server.BaseAddress).SendAsync(Messages.Chase()));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_timeout_after_the_request_left_is_not_retried()
    {
        var never = new TaskCompletionSource();
        await using var server = new LoopbackSendGrid(new ScriptedResponse(202) { Hold = never.Task });

        var send = Mailer(server.BaseAddress).SendAsync(Messages.Chase());
        // The server holds the request it read; only now does the request's deadline pass.
        await server.WaitForRequestsAsync(1);
        Assert.Equal(1, _clock.HeldCount);
        _clock.FireHeld();

        await Assert.ThrowsAsync<MailDeliveryUncertainException>(() => send.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Single(server.Requests);
        Assert.Empty(_clock.Delays);
        never.SetResult();
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_as_transient()
    {
        using var closed = ClosedPort.Reserve();

        var error = await Assert.ThrowsAsync<MailDeliveryException>(
            () => Mailer(new Uri($"http://127.0.0.1:{closed.Port}"), maxRetries: 2).SendAsync(Messages.Chase()));

        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
        Assert.Equal(2, _clock.Delays.Count);
    }

    [Fact]
    public async Task Cancellation_stops_without_a_send()
    {
        await using var server = new LoopbackSendGrid();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Mailer(server.BaseAddress).SendAsync(Messages.Chase(), cancelled.Token));

        Assert.Empty(server.Requests);
    }
}
