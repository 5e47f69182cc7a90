namespace Pmo.Mail;

/// <summary>
/// The local sender: one RFC 5322 .eml file per message in <see cref="MailOptions.OutboxFolder"/>.
/// Idempotent by MessageId (a second send of the same id writes nothing) and atomic (a temp file is
/// moved into place, so a reader or a crash never sees half a message).
/// </summary>
public sealed partial class OutboxMailer : IMailer
{
    private static readonly FormatOptions EmlFormat = CreateFormat();

    private readonly MailOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxMailer> _logger;

    public OutboxMailer(IOptions<MailOptions> options, TimeProvider time, ILogger<OutboxMailer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Absolute path of the outbox folder.</summary>
    public string Folder => Path.GetFullPath(_options.OutboxFolder);

    /// <inheritdoc />
    public async Task SendAsync(MailMessage message, CancellationToken ct = default)
    {
        var normalised = MailMessageGuard.Normalise(message);
        var folder = Folder;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, MessageIdentity.FileStem(normalised.MessageId) + OutboxReader.Extension);
        if (File.Exists(path))
        {
            LogDuplicate(_logger, normalised.MessageId);
            return;
        }

        var mime = MimeMessageFactory.Create(normalised, _options, _time.GetUtcNow());
        // Hidden temp name without the .eml extension: OutboxReader never lists it.
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16384, useAsync: true);
            await using (stream)
            {
                await mime.WriteToAsync(EmlFormat, stream, ct);
                await stream.FlushAsync(ct);
            }

            try
            {
                File.Move(temp, path, overwrite: false);
                LogWritten(_logger, normalised.MessageId, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // A concurrent send of the same id won the race: the message exists once, as it should.
                LogDuplicate(_logger, normalised.MessageId);
            }
        }
        finally
        {
            File.Delete(temp); // no-op when the move succeeded
        }
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos; // RFC 5322 lines end in CRLF
        return format;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: message {MessageId} written to {Path}")]
    private static partial void LogWritten(ILogger logger, string messageId, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: message {MessageId} already written, not sent again")]
    private static partial void LogDuplicate(ILogger logger, string messageId);
}
