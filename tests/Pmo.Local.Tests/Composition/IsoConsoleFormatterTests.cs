// Every level is on here: the cost of building a call's arguments when a level is off does not apply.
#pragma warning disable CA1873

using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Pmo.Local.Composition;

namespace Pmo.Local.Tests.Composition;

/// <summary>
/// The local host's console lines: ISO 8601 timestamps and ISO 8601 dates in messages, whatever the culture, through
/// real logging calls (source-generated [LoggerMessage] methods and the LogXxx extension methods).
/// </summary>
public sealed partial class IsoConsoleFormatterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 13, 19, 31, 42, TimeSpan.Zero);
    private static readonly DateTimeOffset Tick = new(2026, 12, 4, 13, 19, 31, TimeSpan.Zero);

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Dates_in_a_generated_log_message_print_as_ISO_8601_whatever_the_culture(string culture)
    {
        var (logger, output) = Logger();
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            LogTick(logger, Tick, new DateTime(2026, 12, 9, 11, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 12, 11), 3);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(
            "2026-12-04T13:19:31.042Z info Scheduler tick at 2026-12-04T13:19:31Z: deadline 2026-12-09T11:00:00Z, review 2026-12-11, 3 started"
            + Environment.NewLine,
            output.ToString());
    }

    [Fact]
    public void Without_it_logging_prints_the_month_first_dates_the_issue_saw()
    {
        // The defect this formatter removes, shown on logging's own rendering of the same call.
        var messages = new Support.ListLoggerProvider();
        LogTick(messages.CreateLogger("test"), Tick, new DateTime(2026, 12, 9, 11, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 12, 11), 3);

        Assert.Contains("12/04/2026 13:19:31", Assert.Single(messages.Entries).Message);
    }

    [Fact]
    public void Extension_method_messages_keep_positions_alignment_explicit_formats_and_braces()
    {
        var (logger, output) = Logger();
        var later = Tick.AddHours(1).ToOffset(TimeSpan.FromHours(1));

        logger.LogWarning("From {At} to {At} ({Count,3}) in {Year:yyyy}, {{not a hole}}", Tick, later, 7, Tick);

        Assert.Equal(
            "2026-12-04T13:19:31.042Z warn Test.Category: From 2026-12-04T13:19:31Z to 2026-12-04T15:19:31+01:00 (  7) in 2026, {not a hole}"
            + Environment.NewLine,
            output.ToString());
    }

    [Fact]
    public void A_message_without_dates_is_printed_as_logging_renders_it_and_an_exception_below_it()
    {
        var (logger, output) = Logger();
        var items = new[] { 1, 2 };

        logger.LogError(new InvalidOperationException("boom"), "Seeded {Count} projects for {Tenant} ({Items})", 6, null, items);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal("2026-12-04T13:19:31.042Z fail Test.Category: Seeded 6 projects for (null) (1, 2)", lines[0]);
        Assert.Equal("    System.InvalidOperationException: boom", lines[1]);
    }

    [Fact]
    public void Dates_in_sequences_and_local_or_unspecified_kinds_are_ISO_8601_too()
    {
        Assert.Equal("2026-12-04T13:19:31.25", IsoDates.Format(new DateTime(2026, 12, 4, 13, 19, 31, 250, DateTimeKind.Unspecified)));
        Assert.Equal("13:19:31", IsoDates.TryFormat(new TimeOnly(13, 19, 31)));
        var (logger, output) = Logger();
        object days = new[] { new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14) };

        logger.LogInformation("Weeks {Days}", days);

        Assert.EndsWith("info Weeks 2026-12-07, 2026-12-14" + Environment.NewLine, output.ToString());
    }

    private static (ILogger Logger, StringWriter Output) Logger()
    {
        var output = new StringWriter();
        return (new FormattingLogger(new IsoConsoleFormatter(new FakeTimeProvider(Now)), output), output);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler tick at {Now}: deadline {Deadline}, review {Review}, {Started} started")]
    private static partial void LogTick(ILogger logger, DateTimeOffset now, DateTime deadline, DateOnly review, int started);

    /// <summary>Hands each entry to the formatter as the console logger does, writing to a string.</summary>
    private sealed class FormattingLogger(IsoConsoleFormatter formatter, TextWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> format) =>
            formatter.Write(new LogEntry<TState>(logLevel, "Test.Category", eventId, state, exception, format), null, output);
    }
}
