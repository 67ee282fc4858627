using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Worker;

/// <summary>Shows the worker's logs (RpcLog over the stream, and its own stdout/stderr) on the host's console.</summary>
internal sealed class WorkerLogs(ILoggerFactory loggerFactory)
{
    private const string DefaultCategory = "Worker";
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public void Write(RpcLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var logger = LoggerFor(log.Category);
        var level = (LogLevel)(int)log.Level;
        if (log.Exception is { } exception)
        {
            logger.Log(level, "{Message} {ExceptionType}: {ExceptionMessage}{NewLine}{StackTrace}",
                log.Message, exception.Type, exception.Message, Environment.NewLine, exception.StackTrace);
        }
        else
        {
            logger.Log(level, "{Message}", log.Message);
        }
    }

    public void Console(string line, bool isError) =>
        LoggerFor(DefaultCategory).Log(isError ? LogLevel.Warning : LogLevel.Information, "{Line}", line);

    public void Unexpected(string kind) =>
        LoggerFor(DefaultCategory).LogDebug("Ignored a {Kind} message nothing was waiting for", kind);

    // One logger per category the worker uses; the set is the app's log categories, so it stays small.
    private ILogger LoggerFor(string category) =>
        _loggers.GetOrAdd(string.IsNullOrEmpty(category) ? DefaultCategory : category, loggerFactory.CreateLogger);
}
