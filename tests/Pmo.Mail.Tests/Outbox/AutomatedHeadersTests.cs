using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Pmo.Application.Ports.Mail;
using Pmo.Mail.Tests.Support;

namespace Pmo.Mail.Tests.Outbox;

/// <summary>The outbox's .eml marks every message as automated mail and names its list (RFC 3834, RFC 2919, Exchange).</summary>
public sealed class AutomatedHeadersTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(string Raw, MimeMessage Mime)> WriteAsync(MailMessage message)
    {
        var mailer = new OutboxMailer(Options.Create(Messages.Options(_folder.Path)), new FakeTimeProvider(), NullLogger<OutboxMailer>.Instance);
        await mailer.SendAsync(message);
        var file = Directory.GetFiles(_folder.Path, message.MessageId + ".eml").Single();
        return (await File.ReadAllTextAsync(file, Encoding.ASCII), await MimeMessage.LoadAsync(file));
    }

    /// <summary>The message's top-level header lines, unfolded.</summary>
    private static List<string> HeaderLines(string raw) =>
        [.. raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Replace("\r\n ", " ", StringComparison.Ordinal).Split("\r\n")];

    [Fact]
    public async Task The_eml_says_auto_generated_suppresses_auto_replies_and_names_the_calendars_list()
    {
        var (raw, mime) = await WriteAsync(Messages.Chase());

        var lines = HeaderLines(raw);
        Assert.Contains("Auto-Submitted: auto-generated", lines);
        Assert.Contains("X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply", lines);
        Assert.Contains("List-Id: " + Messages.ChaseListId, lines);
        Assert.Equal("auto-generated", mime.Headers["Auto-Submitted"]);
        Assert.Equal(Messages.ChaseListId, mime.Headers[HeaderId.ListId]);
    }

    [Fact]
    public async Task An_organisation_name_with_accents_is_an_encoded_phrase_and_reads_back_as_written()
    {
        var message = Messages.Chase("digest-1") with { List = new MailList("Société Générale – calendrier PMO", "t1") };

        var (raw, mime) = await WriteAsync(message);

        var listId = Assert.Single(HeaderLines(raw), l => l.StartsWith("List-Id:", StringComparison.Ordinal));
        Assert.Contains("=?utf-8?", listId, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(" <pmo-calendar.t1.contoso.example>", listId, StringComparison.Ordinal);
        Assert.All(raw, c => Assert.True(c < 128));
        Assert.Equal("Société Générale – calendrier PMO <pmo-calendar.t1.contoso.example>", mime.Headers[HeaderId.ListId]);
    }

    [Fact]
    public async Task A_message_without_a_list_is_still_marked_automated_and_has_no_list_id()
    {
        var (raw, _) = await WriteAsync(Messages.Chase("no-list") with { List = null });

        var lines = HeaderLines(raw);
        Assert.Contains("Auto-Submitted: auto-generated", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("List-Id:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_description_carrying_a_line_break_cannot_add_a_header()
    {
        var (raw, mime) = await WriteAsync(Messages.Chase("evil") with { List = new MailList("Acme\r\nBcc: victim@example.org", "t1") });

        Assert.DoesNotContain(HeaderLines(raw), l => l.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(mime.Bcc);
        Assert.Equal("\"Acme  Bcc: victim@example.org\" <pmo-calendar.t1.contoso.example>", mime.Headers[HeaderId.ListId]);
    }

    [Theory]
    [InlineData("default", "pmo@acme.example", "pmo-calendar.default.acme.example")]
    [InlineData("t1", "PMO@Acme.Example", "pmo-calendar.t1.acme.example")]
    [InlineData("contoso-fr", "pmo@bücher.example", "pmo-calendar.contoso-fr.xn--bcher-kva.example")]
    [InlineData("default", "pmo@[192.0.2.1]", "pmo-calendar.default.localhost")]
    public void The_list_identifier_is_the_tenant_under_the_senders_domain(string key, string from, string expected)
    {
        Assert.Equal(expected, AutomatedMailHeaders.ListIdentifier(key, from));
    }

    [Fact]
    public void A_key_that_is_not_a_dns_label_is_made_one_with_a_hash_so_two_keys_never_share_a_list()
    {
        var spaced = AutomatedMailHeaders.ListIdentifier("Acme Corp", "pmo@acme.example");
        var dashed = AutomatedMailHeaders.ListIdentifier("acme-corp", "pmo@acme.example");

        Assert.Matches(@"^pmo-calendar\.acme-corp-[0-9a-f]{8}\.acme\.example$", spaced);
        Assert.Equal("pmo-calendar.acme-corp.acme.example", dashed);
        Assert.Equal(spaced, AutomatedMailHeaders.ListIdentifier("Acme Corp", "pmo@acme.example"));
    }
}
