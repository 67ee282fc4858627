namespace Bitget.Client.Errors;

/// <summary>
/// An order was sent, the reply was lost, and looking it up by clientOid failed too: it may or may not exist.
/// The caller must look it up later with <see cref="ClientOid"/> before sending anything new.
/// </summary>
public sealed class OrderOutcomeUnknownException : BitgetApiException
{
    /// <summary>Creates the exception for the order with <paramref name="clientOid"/>.</summary>
    public OrderOutcomeUnknownException(string clientOid, string requestPath, Exception innerException)
        : base(null, $"order with clientOid {clientOid} may or may not have been placed; look it up before retrying", null, requestPath, BitgetErrorKind.OrderOutcomeUnknown, innerException)
    {
        ClientOid = clientOid;
    }

    /// <summary>Creates an exception with no details; prefer the full constructor.</summary>
    public OrderOutcomeUnknownException()
        : this(string.Empty, string.Empty, new InvalidOperationException())
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public OrderOutcomeUnknownException(string message)
        : this(string.Empty, message, new InvalidOperationException())
    {
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public OrderOutcomeUnknownException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>The clientOid the order was sent with.</summary>
    public string ClientOid { get; }
}
