using System.Net.Sockets;
using Sentinel.Functions.Exchange;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Turns an exception from the exchange read into a recorded <see cref="TickFailure"/>. The message is the
/// exception type and, for exchange errors, the exchange's own description, which the client keeps free of
/// credentials and signatures.
/// </summary>
public static class ExchangeFailureClassifier
{
    public static TickFailure Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ExchangeNotConfiguredException => new(TickFailureKind.Other, exception.Message),
            HttpRequestException or SocketException or TimeoutException or OperationCanceledException =>
                new(TickFailureKind.Unreachable, $"The exchange did not answer ({exception.GetType().Name})."),
            _ => new(TickFailureKind.Other, $"The exchange read failed ({exception.GetType().Name})."),
        };
    }
}
