namespace Bitget.Client.Trading;

/// <summary>
/// A reduce-only order for a side that holds nothing, read fresh right before sending. Thrown before anything is sent,
/// so no order exists: a reduce must never become an opening order.
/// </summary>
public sealed class NoPositionToReduceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NoPositionToReduceException(string symbol, PositionSide side)
        : base($"There is no {side.ToString().ToLowerInvariant()} {symbol} position to reduce; nothing was sent.")
    {
        Symbol = symbol;
        Side = side;
    }

    /// <summary>Creates an exception with no details; prefer the full constructor.</summary>
    public NoPositionToReduceException()
        : this(string.Empty, PositionSide.Long)
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public NoPositionToReduceException(string message)
        : base(message)
    {
        Symbol = string.Empty;
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public NoPositionToReduceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Symbol = string.Empty;
    }

    /// <summary>Contract symbol.</summary>
    public string Symbol { get; }

    /// <summary>The side that held nothing.</summary>
    public PositionSide Side { get; }
}
