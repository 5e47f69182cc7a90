using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Pmo.Local.Tests.Support;

/// <summary>One logged entry, as rendered by its own formatter.</summary>
public sealed record LoggedEntry(string Category, LogLevel Level, string Message);

/// <summary>Keeps every entry logged through it, to assert on what a component logs and at which level.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedEntry> _entries = new();

    public IReadOnlyList<LoggedEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LoggedEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LoggedEntry(category, logLevel, formatter(state, exception)));
    }
}
