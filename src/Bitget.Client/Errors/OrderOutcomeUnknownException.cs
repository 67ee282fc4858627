namespace Bitget.Client.Errors;

/// <summary>
/// An order was sent, the reply was lost (or proved nothing), and looking it up by clientOid did not find it (or
/// failed) for a while: it may or may not exist. The caller must look it up with <see cref="ClientOid"/> before
/// sending anything else for that position; sending it again (even with the same clientOid) can double it.
/// </summary>
public sealed class OrderOutcomeUnknownException : BitgetApiException
{
    /// <summary>Creates the exception for the order with <paramref name="clientOid"/>.</summary>
    public OrderOutcomeUnknownException(string clientOid, string requestPath, Exception innerException)
        : this([clientOid], requestPath, innerException)
    {
    }

    /// <summary>Creates the exception for a request carrying several orders (a batch, a position TP + SL).</summary>
    public OrderOutcomeUnknownException(IReadOnlyList<string> clientOids, string requestPath, Exception innerException)
        : base(null, $"the order(s) with clientOid {string.Join(", ", clientOids ?? [])} may or may not exist; look them up by clientOid before sending anything else", null, requestPath, BitgetErrorKind.OrderOutcomeUnknown, innerException)
    {
        ClientOids = clientOids ?? [];
        ClientOid = ClientOids.Count > 0 ? ClientOids[0] : string.Empty;
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

    /// <summary>The clientOid the order was sent with (the first one for a request carrying several).</summary>
    public string ClientOid { get; }

    /// <summary>Every clientOid the request carried, generated ones included.</summary>
    public IReadOnlyList<string> ClientOids { get; }
}
