using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Pmo.Application.Ports.Mail;

namespace Pmo.Workflows.Tests.Support;

/// <summary>One e-mail as delivered: the message and the (virtual or real) instant it was handed over.</summary>
internal sealed record SentMail(MailMessage Message, DateTimeOffset SentAtUtc)
{
    public string To => Message.To[0].Email;
    public string Kind => Message.Category ?? "";
    public string Language => Message.Language ?? "";

    /// <summary>The signed token of the first link in the text body, as a person clicking it would use it.</summary>
    public string Token() =>
        Regex.Match(Message.TextBody, @"/forms/(?:update|decision|pack|arbitration)/([A-Za-z0-9_\-\.%]+)") is { Success: true } m
            ? Uri.UnescapeDataString(m.Groups[1].Value)
            : throw new InvalidOperationException($"No link in {Message.MessageId}.");
}

/// <summary>A mailer that records what it is given; it can fail chosen messages to simulate a provider outage.</summary>
internal sealed partial class RecordingMailer(TimeProvider time) : IMailer
{
    private readonly ConcurrentQueue<SentMail> _sent = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<SentMail>> _waiters = new(StringComparer.Ordinal);

    /// <summary>Message ids that fail once (then succeed), as a transient provider error would.</summary>
    public ConcurrentDictionary<string, bool> FailOnce { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SentMail> Sent => [.. _sent];

    private int _attempts;

    public int Attempts => _attempts;

    public Task SendAsync(MailMessage message, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _attempts);
        if (FailOnce.TryRemove(message.MessageId, out _))
        {
            throw new MailDeliveryException("Simulated outage") { IsTransient = true };
        }

        var mail = new SentMail(message, time.GetUtcNow());
        _sent.Enqueue(mail);
        Waiter(message.MessageId).TrySetResult(mail);
        return Task.CompletedTask;
    }

    /// <summary>Completes when the message with this id is sent (on the real engine, where sends happen on worker threads).</summary>
    public Task<SentMail> WhenSent(string messageId) => Waiter(messageId).Task;

    private TaskCompletionSource<SentMail> Waiter(string messageId) =>
        _waiters.GetOrAdd(messageId, _ => new TaskCompletionSource<SentMail>(TaskCreationOptions.RunContinuationsAsynchronously));
}
