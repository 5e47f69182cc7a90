using MimeKit.Utils;

namespace Pmo.Mail;

/// <summary>Reads the .eml outbox written by <see cref="OutboxMailer"/>: newest first, headers only for the list.</summary>
public sealed class OutboxReader
{
    internal const string Extension = ".eml";
    private readonly MailOptions _options;

    public OutboxReader(IOptions<MailOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    private string Folder => Path.GetFullPath(_options.OutboxFolder);

    /// <summary>The newest <paramref name="max"/> messages, newest first (by Date header, then file name).</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(int max = 100, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var entries = new List<OutboxEntry>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*" + Extension))
        {
            try
            {
                var stream = File.OpenRead(path);
                await using (stream)
                {
                    var headers = await HeaderList.LoadAsync(ParserOptions.Default, stream, ct);
                    entries.Add(ToEntry(Path.GetFileName(path), headers));
                }
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                // A file dropped in by hand or deleted meanwhile must not break the dashboard: skip it.
            }
        }

        return entries
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.FileName, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    /// <summary>One message by its file name (as listed); null when there is no such message.</summary>
    public async Task<OutboxMessage?> ReadAsync(string fileName, CancellationToken ct = default)
    {
        // Only bare names from the listing: no path can escape the outbox folder.
        if (string.IsNullOrEmpty(fileName) || Path.GetFileName(fileName) != fileName
            || fileName.StartsWith('.') || !fileName.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(Folder, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var mime = await MimeMessage.LoadAsync(path, ct);
        var attachments = mime.BodyParts.OfType<MimePart>()
            .Where(p => p.IsAttachment || !string.IsNullOrEmpty(p.ContentId))
            .Select(p => p.FileName ?? p.ContentId ?? "")
            .ToList();
        return new OutboxMessage(ToEntry(fileName, mime.Headers), mime.TextBody, mime.HtmlBody, attachments);
    }

    private static OutboxEntry ToEntry(string fileName, HeaderList headers)
    {
        var date = DateUtils.TryParse(headers[HeaderId.Date] ?? "", out var parsed) ? parsed : DateTimeOffset.MinValue;
        var to = InternetAddressList.TryParse(headers[HeaderId.To] ?? "", out var list)
            ? list.Mailboxes.Select(m => m.Address).ToList()
            : [];
        return new OutboxEntry(
            fileName,
            headers[MimeMessageFactory.MessageIdHeader] ?? Path.GetFileNameWithoutExtension(fileName),
            headers[HeaderId.Subject] ?? "",
            to,
            date,
            headers[MimeMessageFactory.CategoryHeader]);
    }
}
