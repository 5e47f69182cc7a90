using Microsoft.Extensions.Logging.Console;

namespace Pmo.Local.Composition;

/// <summary>Console logging of every command: <see cref="IsoConsoleFormatter"/> lines; the one-shot commands log to stderr, so stdout stays data.</summary>
public static class LoggingComposition
{
    public static ILoggingBuilder AddLocalConsole(this ILoggingBuilder logging, bool toStandardError = false)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.AddConsoleFormatter<IsoConsoleFormatter, ConsoleFormatterOptions>();
        return logging.AddConsole(o =>
        {
            o.FormatterName = IsoConsoleFormatter.FormatterName;
            if (toStandardError)
            {
                o.LogToStandardErrorThreshold = LogLevel.Trace;
            }
        });
    }
}
