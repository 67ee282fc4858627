using Bitget.Client.Errors;

namespace Bitget.Client.Exchange;

/// <summary>
/// The account kind of the API key could not be established, so none was assumed. <see cref="BitgetApiException.Kind"/>
/// tells why: <see cref="BitgetErrorKind.Authentication"/> (key, secret, passphrase, IP or permissions refused),
/// <see cref="BitgetErrorKind.Maintenance"/> (the account is switching mode), or a transient failure (rate limit, 5xx,
/// network) worth trying again later.
/// </summary>
internal sealed class AccountKindDetectionException : BitgetApiException
{
    /// <summary>Creates the exception from the failure of a probe call.</summary>
    public AccountKindDetectionException(string reason, BitgetApiException failure)
        : base(failure?.Code, Explain(reason, failure), failure?.StatusCode, failure?.RequestPath ?? string.Empty, failure?.Kind, failure)
    {
    }

    /// <summary>Creates the exception for a probe that succeeded but showed no usable kind (e.g. the account is upgrading).</summary>
    public AccountKindDetectionException(string reason, string requestPath, BitgetErrorKind kind)
        : base(null, Explain(reason, null), null, requestPath, kind)
    {
    }

    /// <summary>Creates an exception with no details; prefer the full constructors.</summary>
    public AccountKindDetectionException()
        : this("unknown reason", string.Empty, BitgetErrorKind.Unknown)
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructors.</summary>
    public AccountKindDetectionException(string message)
        : this(message, string.Empty, BitgetErrorKind.Unknown)
    {
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructors.</summary>
    public AccountKindDetectionException(string message, Exception innerException)
        : base(null, Explain(message, null), null, string.Empty, BitgetErrorKind.Unknown, innerException)
    {
    }

    private static string Explain(string reason, BitgetApiException? failure) =>
        $"cannot tell whether the API key is a classic or a unified account, so none was assumed: {reason}"
        + (failure?.BitgetMessage is { Length: > 0 } message ? $" (Bitget: {message})" : string.Empty);
}
