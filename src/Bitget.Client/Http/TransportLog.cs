using Microsoft.Extensions.Logging;

namespace Bitget.Client.Http;

/// <summary>Log events of the client. Paths and codes only: never keys, signatures or bodies.</summary>
internal static partial class TransportLog
{
    [LoggerMessage(1, LogLevel.Debug, "Bitget clock offset measured: {OffsetMs} ms")]
    public static partial void ClockSynchronized(ILogger logger, double offsetMs);

    [LoggerMessage(2, LogLevel.Warning, "Bitget rejected the timestamp on {Path} ({Code}); re-measuring the clock and resending once")]
    public static partial void ClockRejected(ILogger logger, string path, string? code);

    [LoggerMessage(3, LogLevel.Warning, "Bitget rejected the credentials on {Path} ({Code}); re-reading them and resending once")]
    public static partial void CredentialsRejected(ILogger logger, string path, string? code);

    [LoggerMessage(4, LogLevel.Information, "Retrying {Method} {Path} (attempt {Attempt}) after {DelayMs} ms: {Reason}")]
    public static partial void Retrying(ILogger logger, string method, string path, int attempt, double delayMs, string reason);

    [LoggerMessage(5, LogLevel.Warning, "Order {ClientOid}: reply lost on {Path} ({Reason}); looking it up before deciding")]
    public static partial void OrderOutcomeUnknown(ILogger logger, string clientOid, string path, string reason);

    [LoggerMessage(6, LogLevel.Information, "Order {ClientOid}: found by clientOid as {OrderId}")]
    public static partial void OrderFound(ILogger logger, string clientOid, string orderId);

    [LoggerMessage(7, LogLevel.Warning, "Order {ClientOid}: refused before processing ({Reason}); resending once with the same clientOid")]
    public static partial void OrderResent(ILogger logger, string clientOid, string reason);

    [LoggerMessage(8, LogLevel.Warning, "Bitget circuit {State}")]
    public static partial void CircuitChanged(ILogger logger, string state);
}
