using System.Net;
using Bitget.Client.Errors;
using Bitget.Client.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bitget.Client.Resilience;

/// <summary>
/// Decides which attempts may be repeated. Reads (GET) are repeated after transport failures, timeouts, 5xx, 429 and
/// transient Bitget codes; writes only after HTTP 429, which proves the request was refused before processing.
/// </summary>
internal static class RetryClassifier
{
    public static async ValueTask<bool> ShouldRetryAsync(HttpMethod method, HttpResponseMessage? response, Exception? exception)
    {
        var isRead = method == HttpMethod.Get;
        if (exception is not null)
        {
            return isRead && IsTransportFailure(exception);
        }

        if (response is null)
        {
            return false;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        if (!isRead)
        {
            return false;
        }

        if ((int)response.StatusCode >= 500)
        {
            return true;
        }

        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (body.Length == 0)
        {
            // Bitget has answered reads with HTTP 200 and no body (v3 current-position); that is no answer, not "empty".
            return true;
        }

        if (!EnvelopeReader.IsCompleteJson(body))
        {
            // A reply cut off mid-way (a proxy or a dropped stream) is no answer either; the code it starts with proves nothing.
            return true;
        }

        var code = EnvelopeReader.TryReadCode(body);
        return BitgetErrorCatalog.IsTransient(code) && BitgetErrorCatalog.KindOf(code) != BitgetErrorKind.TimestampExpired;
    }

    /// <summary>Failures that say the server is unhealthy (count towards opening the circuit).</summary>
    public static bool IsServerFailure(HttpResponseMessage? response, Exception? exception) =>
        exception is not null ? IsTransportFailure(exception) : response is not null && (int)response.StatusCode >= 500;

    public static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or IOException
        && exception is not BrokenCircuitException;
}
