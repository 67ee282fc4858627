namespace Bitget.Client.Trading;

/// <summary>
/// The position exists but none of it is available: pending close orders already reserve all of it. Thrown before
/// anything is sent; cancel or wait for those orders first.
/// </summary>
public sealed class NothingAvailableToReduceException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public NothingAvailableToReduceException(string symbol, PositionSide side, decimal size)
        : base($"The {side.ToString().ToLowerInvariant()} {symbol} position of {size} is fully reserved by pending close orders (available 0); nothing was sent.")
    {
        Symbol = symbol;
        Side = side;
        Size = size;
    }

    /// <summary>Creates an exception with no details; prefer the full constructor.</summary>
    public NothingAvailableToReduceException()
        : this(string.Empty, PositionSide.Long, 0m)
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public NothingAvailableToReduceException(string message)
        : base(message)
    {
        Symbol = string.Empty;
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public NothingAvailableToReduceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Symbol = string.Empty;
    }

    /// <summary>Contract symbol.</summary>
    public string Symbol { get; }

    /// <summary>The side whose position is fully reserved.</summary>
    public PositionSide Side { get; }

    /// <summary>The position's total size.</summary>
    public decimal Size { get; }
}
