using System.Net;
using System.Net.Sockets;

namespace Bitget.Client.Errors;

/// <summary>
/// The one exception the client throws for a failed Bitget call: Bitget's code and message, the HTTP status,
/// the request path, and a classification. Never carries credentials or signatures.
/// </summary>
public class BitgetApiException : Exception
{
    /// <summary>Creates the exception; <paramref name="kind"/> defaults to the catalogue's kind of <paramref name="code"/>.</summary>
    public BitgetApiException(string? code, string? bitgetMessage, HttpStatusCode? statusCode, string requestPath, BitgetErrorKind? kind = null, Exception? innerException = null)
        : base(Describe(code, bitgetMessage, statusCode, requestPath), innerException)
    {
        Code = code;
        BitgetMessage = bitgetMessage;
        StatusCode = statusCode;
        RequestPath = requestPath;
        Kind = kind ?? BitgetErrorCatalog.KindOf(code);
        IsTransient = Kind is BitgetErrorKind.Network or BitgetErrorKind.CircuitOpen or BitgetErrorKind.ServerError or BitgetErrorKind.RateLimited
            || BitgetErrorCatalog.IsTransient(code);
        ProvesNotProcessed = BitgetErrorCatalog.ProvesNotProcessed(code) || statusCode == HttpStatusCode.TooManyRequests
            || (code is null && statusCode is null && NeverConnected(innerException));
    }

    private BitgetApiException(string bitgetMessage, string requestPath, BitgetErrorKind kind, Exception innerException)
        : this(null, bitgetMessage, null, requestPath, kind, innerException)
    {
        ProvesNotProcessed = true;
    }

    /// <summary>Creates an exception with no details (for serializers and analyzers); prefer the full constructor.</summary>
    public BitgetApiException()
        : this(null, null, null, string.Empty)
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public BitgetApiException(string message)
        : this(null, message, null, string.Empty)
    {
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public BitgetApiException(string message, Exception innerException)
        : this(null, message, null, string.Empty, BitgetErrorKind.Network, innerException)
    {
    }

    /// <summary>A failure of a request the client never handed to the network (still queued, circuit open).</summary>
    internal static BitgetApiException NotSent(string bitgetMessage, string requestPath, BitgetErrorKind kind, Exception innerException) =>
        new(bitgetMessage, requestPath, kind, innerException);

    /// <summary>Bitget's code (e.g. <c>40786</c>, <c>429</c>); null when no Bitget body was received.</summary>
    public string? Code { get; }

    /// <summary>Bitget's <c>msg</c>, or a description of the transport failure.</summary>
    public string? BitgetMessage { get; }

    /// <summary>The HTTP status, when a response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The request path, without query string (e.g. <c>/api/v2/mix/order/place-order</c>).</summary>
    public string RequestPath { get; }

    /// <summary>What the failure means, from the code table.</summary>
    public BitgetErrorKind Kind { get; }

    /// <summary>Whether the same request may succeed later.</summary>
    public bool IsTransient { get; }

    /// <summary>
    /// Whether the failure proves Bitget never processed the request, so a write may be resent without risk of a
    /// duplicate: a gateway refusal in the catalogue (<see cref="BitgetErrorCatalog.ProvesNotProcessed"/>), HTTP 429,
    /// no connection at all (refused, or the host name did not resolve), or a request the client never sent (it timed out
    /// while queued behind the client-side rate limiter, or the circuit was open). A timeout of a request on the wire, a
    /// dropped connection or a 5xx never proves it.
    /// </summary>
    public bool ProvesNotProcessed { get; }

    private static bool NeverConnected(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }
                || e is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NoData })
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(string? code, string? message, HttpStatusCode? status, string path)
    {
        var http = status is { } s ? $"HTTP {(int)s}" : "no HTTP response";
        return code is null
            ? $"Bitget call {path} failed ({http}): {message}"
            : $"Bitget call {path} failed ({http}) with code {code}: {message}";
    }
}
