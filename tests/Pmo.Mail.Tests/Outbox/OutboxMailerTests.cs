using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Pmo.Application.Ports.Mail;
using Pmo.Mail.Tests.Support;

namespace Pmo.Mail.Tests.Outbox;

public sealed class OutboxMailerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private OutboxMailer Mailer() =>
        new(Options.Create(Messages.Options(_folder.Path)), _clock, NullLogger<OutboxMailer>.Instance);

    private string[] EmlFiles() => Directory.GetFiles(_folder.Path, "*.eml");

    [Fact]
    public async Task Send_writes_an_eml_that_MimeKit_reads_back_with_every_part()
    {
        await Mailer().SendAsync(Messages.Chase());

        var file = Assert.Single(EmlFiles());
        Assert.Equal("chase-PRJ-1-2026-W48-invite.eml", Path.GetFileName(file));
        var mime = await MimeMessage.LoadAsync(file);

        Assert.Equal("Relance : mise à jour hebdomadaire — Projet Été", mime.Subject);
        Assert.Equal("chase-PRJ-1-2026-W48-invite@contoso.example", mime.MessageId);
        Assert.Equal("chase-PRJ-1-2026-W48-invite", mime.Headers["X-Pmo-Message-Id"]);
        Assert.Equal("weekly-chase", mime.Headers["X-Pmo-Category"]);
        Assert.Equal("fr", mime.Body?.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("PRJ-1", mime.Headers["X-Pmo-Arg-project"]);
        Assert.Equal(_clock.GetUtcNow(), mime.Date);

        var from = Assert.Single(mime.From.Mailboxes);
        Assert.Equal(("Bureau PMO", "pmo@contoso.example"), (from.Name, from.Address));
        var to = Assert.Single(mime.To.Mailboxes);
        Assert.Equal(("Hélène Dupré", "chef.projet@contoso.example"), (to.Name, to.Address));
        Assert.Equal("sponsor@contoso.example", Assert.Single(mime.Cc.Mailboxes).Address);

        Assert.Contains("Merci de compléter", mime.TextBody);
        Assert.Contains("cid:logo", mime.HtmlBody);
        var alternative = mime.BodyParts.OfType<TextPart>().Select(p => p.ContentType.MimeType).ToList();
        Assert.Equal(["text/plain", "text/html"], alternative);
    }

    [Fact]
    public async Task Send_makes_the_logo_an_inline_related_part_and_the_pdf_an_attachment()
    {
        await Mailer().SendAsync(Messages.Chase());
        var mime = await MimeMessage.LoadAsync(Assert.Single(EmlFiles()));

        var related = Assert.Single(Flatten(Assert.IsType<Multipart>(mime.Body, exactMatch: false)).OfType<MultipartRelated>());
        var logo = Assert.IsType<MimePart>(related.Single(p => p.ContentId == "logo"), exactMatch: false);
        Assert.Equal("image/png", logo.ContentType.MimeType);
        Assert.False(logo.IsAttachment);
        Assert.Equal(Messages.Png, Decode(logo));

        var pdf = Assert.Single(mime.Attachments.OfType<MimePart>());
        Assert.Equal("revue-novembre.pdf", pdf.FileName);
        Assert.Equal(Messages.Pdf, Decode(pdf));
    }

    [Fact]
    public async Task Send_encodes_accents_so_the_file_is_plain_ascii()
    {
        await Mailer().SendAsync(Messages.Chase());
        var bytes = await File.ReadAllBytesAsync(Assert.Single(EmlFiles()));

        Assert.All(bytes, b => Assert.True(b < 128, $"byte {b} is not 7-bit"));
        var raw = Encoding.ASCII.GetString(bytes);
        var subject = raw.Split("\r\n").SkipWhile(l => !l.StartsWith("Subject:", StringComparison.Ordinal))
            .TakeWhile((l, i) => i == 0 || l.StartsWith(' ')).ToList();
        Assert.Contains("=?utf-8?", string.Join("", subject), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\r\n", raw);
    }

    [Fact]
    public async Task Send_twice_with_the_same_id_writes_one_file_and_keeps_the_first()
    {
        var mailer = Mailer();
        await mailer.SendAsync(Messages.Chase());
        _clock.Advance(TimeSpan.FromHours(1));
        await mailer.SendAsync(Messages.Chase(subject: "Second attempt"));

        var mime = await MimeMessage.LoadAsync(Assert.Single(EmlFiles()));
        Assert.StartsWith("Relance", mime.Subject);
    }

    [Fact]
    public async Task Concurrent_sends_of_one_id_write_one_file_and_leave_no_temp_file()
    {
        var mailer = Mailer();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => mailer.SendAsync(Messages.Chase()))));

        Assert.Single(EmlFiles());
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Different_ids_write_different_files()
    {
        var mailer = Mailer();
        await mailer.SendAsync(Messages.Chase("chase-PRJ-1-2026-W48-invite"));
        await mailer.SendAsync(Messages.Chase("chase-PRJ-1-2026-W48-reminder-1"));

        Assert.Equal(2, EmlFiles().Length);
    }

    [Fact]
    public async Task A_CR_LF_in_the_subject_cannot_add_a_header()
    {
        var hostile = Messages.Chase(subject: "Projet X\r\nBcc: victim@evil.example\r\n\r\n<script>");
        await Mailer().SendAsync(hostile);

        var file = Assert.Single(EmlFiles());
        var mime = await MimeMessage.LoadAsync(file);
        Assert.Empty(mime.Bcc);
        Assert.DoesNotContain(mime.Headers, h => h.Id == HeaderId.Bcc);
        Assert.Equal("Projet X  Bcc: victim@evil.example    <script>", mime.Subject);
        Assert.DoesNotContain("\nBcc:", await File.ReadAllTextAsync(file), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_CR_LF_in_a_display_name_is_flattened()
    {
        var message = Messages.Chase() with { To = [new MailAddress("pm@contoso.example", "Eve\r\nBcc: victim@evil.example")] };
        await Mailer().SendAsync(message);

        var mime = await MimeMessage.LoadAsync(Assert.Single(EmlFiles()));
        Assert.Empty(mime.Bcc);
        Assert.Equal("pm@contoso.example", Assert.Single(mime.To.Mailboxes).Address);
    }

    [Theory]
    [InlineData("pm@contoso.example\r\nBcc: victim@evil.example")]
    [InlineData("pm@contoso.example, victim@evil.example")]
    [InlineData("not-an-address")]
    [InlineData("")]
    public async Task A_hostile_or_invalid_address_is_refused_and_nothing_is_written(string email)
    {
        var message = Messages.Chase() with { To = [new MailAddress(email)] };

        await Assert.ThrowsAsync<ArgumentException>(() => Mailer().SendAsync(message));
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("line\nbreak")]
    public async Task An_invalid_message_id_is_refused(string id)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Mailer().SendAsync(Messages.Chase(id)));
    }

    [Fact]
    public async Task A_message_without_subject_or_body_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Mailer().SendAsync(Messages.Chase(subject: "\r\n ")));
        await Assert.ThrowsAsync<ArgumentException>(() => Mailer().SendAsync(Messages.Chase() with { HtmlBody = "", TextBody = " " }));
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Theory]
    [InlineData("pmo_message_id")]
    [InlineData("PMO_LANGUAGE")]
    [InlineData("bad key")]
    public async Task A_reserved_or_malformed_custom_arg_key_is_refused(string key)
    {
        var message = Messages.Chase() with { CustomArgs = new Dictionary<string, string> { [key] = "x" } };

        await Assert.ThrowsAsync<ArgumentException>(() => Mailer().SendAsync(message));
    }

    [Fact]
    public async Task An_unsafe_message_id_gets_a_stable_file_name_inside_the_outbox()
    {
        var mailer = Mailer();
        await mailer.SendAsync(Messages.Chase("../../etc/passwd"));
        await mailer.SendAsync(Messages.Chase("../../etc/passwd"));
        await mailer.SendAsync(Messages.Chase("__.._etc_passwd"));

        var names = EmlFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, names.Count);
        Assert.Contains("__.._etc_passwd.eml", names);
        Assert.Matches("^_.*-[0-9a-f]{12}\\.eml$", names.Single(n => n != "__.._etc_passwd.eml"));
    }

    private static IEnumerable<MimeEntity> Flatten(Multipart multipart) =>
        multipart.SelectMany(e => e is Multipart inner ? Flatten(inner) : [e]).Prepend(multipart);

    private static byte[] Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(stream);
        return stream.ToArray();
    }
}
