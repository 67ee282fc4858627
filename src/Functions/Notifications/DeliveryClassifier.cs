using System.Net;
using System.Net.Sockets;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// Maps a send's status or failure to an outcome: 2xx delivered; 408, 429, 5xx, timeouts and connection
/// failures retryable; every other status (other 4xx, and 1xx/3xx, which a webhook should never answer) permanent.
/// </summary>
internal static class DeliveryClassifier
{
    public static DeliveryResult FromStatus(HttpStatusCode status)
    {
        var code = (int)status;
        if (code is >= 200 and <= 299)
        {
            return DeliveryResult.Delivered(code);
        }

        var retryable = code is 408 or 429 or >= 500;
        return new DeliveryResult(
            retryable ? DeliveryOutcome.RetryableFailure : DeliveryOutcome.PermanentFailure,
            code,
            $"HTTP {code}");
    }

    /// <summary>Classifies a transport failure; the reason names the failure kind only (exception messages may carry the host).</summary>
    public static DeliveryResult FromException(Exception exception) => exception switch
    {
        TaskCanceledException or TimeoutException => new(DeliveryOutcome.RetryableFailure, null, "timeout"),
        HttpRequestException { InnerException: SocketException socket } => new(DeliveryOutcome.RetryableFailure, null, $"connection failed ({socket.SocketErrorCode})"),
        HttpRequestException http => new(DeliveryOutcome.RetryableFailure, null, $"connection failed ({http.HttpRequestError})"),
        _ => new(DeliveryOutcome.RetryableFailure, null, "send failed (" + exception.GetType().Name + ")"),
    };
}
