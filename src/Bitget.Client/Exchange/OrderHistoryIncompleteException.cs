namespace Bitget.Client.Exchange;

/// <summary>
/// A search of the order history could not reach the start of its window: more orders than it reads
/// (<see cref="IExchangePort.FindClosingOrdersAsync"/> reads at most 10 pages of 100), or the exchange did not move on
/// to a next page. What it found is not the whole record, so it cannot tell what happened in the window.
/// </summary>
public sealed class OrderHistoryIncompleteException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public OrderHistoryIncompleteException(string symbol, DateTimeOffset since, int ordersRead)
        : base($"The {symbol} order history since {since:u} could not be read to its start ({ordersRead} orders read), so it cannot tell what happened since then.")
    {
        Symbol = symbol;
        Since = since;
        OrdersRead = ordersRead;
    }

    /// <summary>Creates an exception with no details; prefer the full constructor.</summary>
    public OrderHistoryIncompleteException()
        : this(string.Empty, DateTimeOffset.MinValue, 0)
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public OrderHistoryIncompleteException(string message)
        : base(message)
    {
        Symbol = string.Empty;
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public OrderHistoryIncompleteException(string message, Exception innerException)
        : base(message, innerException)
    {
        Symbol = string.Empty;
    }

    /// <summary>Contract symbol.</summary>
    public string Symbol { get; }

    /// <summary>The start of the window searched.</summary>
    public DateTimeOffset Since { get; }

    /// <summary>How many history orders were read before the search gave up.</summary>
    public int OrdersRead { get; }
}
