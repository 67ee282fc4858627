using System.Net.Sockets;
using Bitget.Client.Errors;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Platform.Exchange;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Turns an exception from the exchange read into a recorded <see cref="TickFailure"/>, by the client's error
/// kind (a fixed code table), never by message text. The recorded message is the client's own description
/// (path, HTTP status, Bitget code and message), which the client keeps free of credentials and signatures.
/// </summary>
internal static class ExchangeFailureClassifier
{
    public static TickFailure Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            BitgetApiException bitget => new(KindOf(bitget.Kind), bitget.Message),
            ExchangeNotConfiguredException => new(TickFailureKind.Other, exception.Message),
            HttpRequestException or SocketException or TimeoutException or OperationCanceledException =>
                new(TickFailureKind.Unreachable, $"The exchange did not answer ({exception.GetType().Name})."),
            _ => new(TickFailureKind.Other, $"The exchange read failed ({exception.GetType().Name})."),
        };
    }

    private static TickFailureKind KindOf(BitgetErrorKind kind) => kind switch
    {
        BitgetErrorKind.RateLimited => TickFailureKind.RateLimited,
        BitgetErrorKind.Authentication or BitgetErrorKind.WrongAccountKind or BitgetErrorKind.WrongEnvironment => TickFailureKind.Authentication,
        BitgetErrorKind.Network or BitgetErrorKind.CircuitOpen or BitgetErrorKind.ServerError or BitgetErrorKind.Maintenance => TickFailureKind.Unreachable,
        _ => TickFailureKind.Other,
    };
}
