using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Pmo.Local.Composition;

/// <summary>
/// The local host's console lines: one line per entry, read by a person in a terminal.
/// <code>2026-12-04T13:19:31.042Z info PMO local host ready on http://localhost:7071/api/dashboard (…)</code>
/// An ISO 8601 timestamp (UTC), the level, the category when it is not plain information (a warning says where it
/// comes from), the message with its dates in ISO 8601 (<see cref="IsoLogMessage"/>), and an exception's details
/// indented below.
/// </summary>
public sealed class IsoConsoleFormatter : ConsoleFormatter
{
    public const string FormatterName = "pmo";

    private readonly TimeProvider _clock;

    public IsoConsoleFormatter()
        : this(TimeProvider.System)
    {
    }

    /// <summary>With a clock of the caller's (tests); the host's own clock is not used, as the demo's runs fast.</summary>
    internal IsoConsoleFormatter(TimeProvider clock)
        : base(FormatterName) => _clock = clock;

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = IsoLogMessage.Render(logEntry.State, logEntry.Exception, logEntry.Formatter);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(IsoDates.Timestamp(_clock.GetUtcNow()));
        textWriter.Write(' ');
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(' ');
        if (logEntry.LogLevel != LogLevel.Information)
        {
            textWriter.Write(logEntry.Category);
            textWriter.Write(": ");
        }

        textWriter.Write(message);
        textWriter.Write(Environment.NewLine);
        if (logEntry.Exception is { } exception)
        {
            foreach (var line in exception.ToString().Split('\n'))
            {
                textWriter.Write("    ");
                textWriter.Write(line.TrimEnd('\r'));
                textWriter.Write(Environment.NewLine);
            }
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => level.ToString().ToLowerInvariant(),
    };
}
