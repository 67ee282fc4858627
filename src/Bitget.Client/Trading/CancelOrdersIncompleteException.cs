namespace Bitget.Client.Trading;

/// <summary>
/// Cancelling a symbol's open orders left some of them open: Bitget refused to cancel them. Everything else was
/// cancelled (<see cref="Cancelled"/>); orders that no longer existed count as cancelled.
/// </summary>
public sealed class CancelOrdersIncompleteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CancelOrdersIncompleteException(string symbol, int cancelled, IReadOnlyList<string> failedOrderIds)
        : base($"{failedOrderIds.Count} open {symbol} order(s) could not be cancelled ({string.Join(", ", failedOrderIds)}); {cancelled} were cancelled.")
    {
        Symbol = symbol;
        Cancelled = cancelled;
        FailedOrderIds = failedOrderIds;
    }

    /// <summary>Creates an exception with no details; prefer the full constructor.</summary>
    public CancelOrdersIncompleteException()
        : this(string.Empty, 0, [])
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public CancelOrdersIncompleteException(string message)
        : base(message)
    {
        Symbol = string.Empty;
        FailedOrderIds = [];
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public CancelOrdersIncompleteException(string message, Exception innerException)
        : base(message, innerException)
    {
        Symbol = string.Empty;
        FailedOrderIds = [];
    }

    /// <summary>Contract symbol.</summary>
    public string Symbol { get; }

    /// <summary>Orders cancelled (or already gone).</summary>
    public int Cancelled { get; }

    /// <summary>Exchange ids of the orders still open (an empty id when Bitget named none).</summary>
    public IReadOnlyList<string> FailedOrderIds { get; }
}
