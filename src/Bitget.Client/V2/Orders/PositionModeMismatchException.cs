using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>
/// A close was stated for one position mode while the account, read right before sending, is in the other. Sent as
/// stated it would be encoded for the wrong mode (a v2 hedge close is a plain trade on a one-way account, and a one-way
/// close lacks the hedge <c>tradeSide</c>), so it could open or add instead of reducing. Thrown before anything is sent.
/// </summary>
public sealed class PositionModeMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public PositionModeMismatchException(string symbol, PositionMode stated, PositionMode live)
        : base($"The {symbol} close was stated for {stated} mode but the account is in {live} mode; nothing was sent. Re-read the position and encode the close for its mode.")
    {
        Symbol = symbol;
        Stated = stated;
        Live = live;
    }

    /// <summary>Creates an exception with no details; prefer the full constructor.</summary>
    public PositionModeMismatchException()
        : this(string.Empty, PositionMode.OneWay, PositionMode.Hedge)
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public PositionModeMismatchException(string message)
        : base(message)
    {
        Symbol = string.Empty;
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public PositionModeMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
        Symbol = string.Empty;
    }

    /// <summary>Contract symbol.</summary>
    public string Symbol { get; }

    /// <summary>The mode the caller encoded the close for.</summary>
    public PositionMode Stated { get; }

    /// <summary>The account's mode, read right before sending.</summary>
    public PositionMode Live { get; }
}
