using MimeKit;

namespace Pmo.Api.Tests.Infrastructure;

/// <summary>The .eml files the server's outbox mailer wrote, parsed as a mail client would.</summary>
public static class Outbox
{
    /// <summary>The messages whose Message-ID contains <paramref name="fragment"/>.</summary>
    public static IReadOnlyList<MimeMessage> Find(ApiServer server, string fragment) =>
        [.. Directory.GetFiles(server.OutboxFolder, "*.eml")
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.MessageId?.Contains(fragment, StringComparison.OrdinalIgnoreCase) == true)];
}
