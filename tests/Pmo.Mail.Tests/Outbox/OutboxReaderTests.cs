using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pmo.Mail.Tests.Support;

namespace Pmo.Mail.Tests.Outbox;

public sealed class OutboxReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private IOptions<MailOptions> Settings => Options.Create(Messages.Options(_folder.Path));

    private async Task SendAsync(string id, string subject)
    {
        await new OutboxMailer(Settings, _clock, NullLogger<OutboxMailer>.Instance).SendAsync(Messages.Chase(id, subject));
        _clock.Advance(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task List_returns_newest_first_with_subject_recipients_date_and_category()
    {
        await SendAsync("b-first", "Première");
        await SendAsync("a-second", "Deuxième");
        await SendAsync("c-third", "Troisième");

        var entries = await new OutboxReader(Settings).ListAsync();

        Assert.Equal(["Troisième", "Deuxième", "Première"], entries.Select(e => e.Subject));
        Assert.Equal(["c-third", "a-second", "b-first"], entries.Select(e => e.MessageId));
        var newest = entries[0];
        Assert.Equal("c-third.eml", newest.FileName);
        Assert.Equal(["chef.projet@contoso.example"], newest.To);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 10, 0, TimeSpan.Zero), newest.Date);
        Assert.Equal("weekly-chase", newest.Category);
    }

    [Fact]
    public async Task List_honours_max_and_an_absent_folder_is_empty()
    {
        await SendAsync("one", "1");
        await SendAsync("two", "2");

        Assert.Equal(["two"], (await new OutboxReader(Settings).ListAsync(max: 1)).Select(e => e.MessageId));
        var missing = Options.Create(Messages.Options(Path.Combine(_folder.Path, "nowhere")));
        Assert.Empty(await new OutboxReader(missing).ListAsync());
    }

    [Fact]
    public async Task List_survives_a_file_that_is_not_a_message()
    {
        await SendAsync("good", "Bonne");
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, "junk.eml"), [0xFF, 0x00, 0x0D, 0x0A, 0x3A, 0x3A]);

        var entries = await new OutboxReader(Settings).ListAsync();

        Assert.Contains(entries, e => e.MessageId == "good");
    }

    [Fact]
    public async Task Read_returns_bodies_and_attachment_names()
    {
        await SendAsync("chase-1", "Relance");

        var message = await new OutboxReader(Settings).ReadAsync("chase-1.eml");

        Assert.NotNull(message);
        Assert.Equal("Relance", message.Entry.Subject);
        Assert.Contains("Bonjour Hélène", message.TextBody);
        Assert.Contains("cid:logo", message.HtmlBody);
        Assert.Equal(["logo.png", "revue-novembre.pdf"], message.AttachmentNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("../chase-1.eml")]
    [InlineData("/etc/passwd")]
    [InlineData("chase-1")]
    [InlineData("missing.eml")]
    [InlineData("")]
    public async Task Read_of_anything_but_a_listed_name_is_null(string fileName)
    {
        await SendAsync("chase-1", "Relance");

        Assert.Null(await new OutboxReader(Settings).ReadAsync(fileName));
    }
}
