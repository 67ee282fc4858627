using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sentinel.LocalHost.Tests.Support;

/// <summary>Keeps every line the host writes to its console, so tests can check what a user would read there.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    public bool Contains(LogLevel level, string text) => Lines.Any(line => line.Level == level && line.Message.Contains(text, StringComparison.Ordinal));

    public sealed record LogLine(string Category, LogLevel Level, string Message);

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception)));
    }
}
