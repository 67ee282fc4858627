namespace Bitget.Client.Trading;

/// <summary>
/// An order size that, rounded down to the contract's step, is below the contract's minimum. Thrown before anything
/// is sent, so no order exists.
/// </summary>
public sealed class OrderSizeBelowMinimumException : Exception
{
    /// <summary>Creates the exception for a size below the minimum size.</summary>
    public OrderSizeBelowMinimumException(string symbol, decimal requestedSize, decimal roundedSize, decimal minimumSize)
        : this(symbol, requestedSize, roundedSize, minimumSize, MinimumKind.Size, null)
    {
    }

    /// <summary>Creates the exception naming which minimum was missed.</summary>
    public OrderSizeBelowMinimumException(string symbol, decimal requestedSize, decimal roundedSize, decimal minimumSize, MinimumKind missed, decimal? minimumNotional)
        : base(missed == MinimumKind.Size
            ? $"Order size {requestedSize} for {symbol} rounds down to {roundedSize}, below the minimum {minimumSize}; nothing was sent."
            : $"Order size {requestedSize} for {symbol} rounds down to {roundedSize}, worth less than the minimum order value {minimumNotional}; nothing was sent.")
    {
        Symbol = symbol;
        RequestedSize = requestedSize;
        RoundedSize = roundedSize;
        MinimumSize = minimumSize;
        Missed = missed;
        MinimumNotional = minimumNotional;
    }

    /// <summary>Creates an exception with no details; prefer the full constructor.</summary>
    public OrderSizeBelowMinimumException()
        : this(string.Empty, 0m, 0m, 0m)
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public OrderSizeBelowMinimumException(string message)
        : base(message)
    {
        Symbol = string.Empty;
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public OrderSizeBelowMinimumException(string message, Exception innerException)
        : base(message, innerException)
    {
        Symbol = string.Empty;
    }

    /// <summary>Contract symbol.</summary>
    public string Symbol { get; }

    /// <summary>Size asked for.</summary>
    public decimal RequestedSize { get; }

    /// <summary>Size after rounding down to the step.</summary>
    public decimal RoundedSize { get; }

    /// <summary>The contract's smallest order size.</summary>
    public decimal MinimumSize { get; }

    /// <summary>Which minimum the size missed.</summary>
    public MinimumKind Missed { get; }

    /// <summary>The contract's smallest order value, when it sets one.</summary>
    public decimal? MinimumNotional { get; }
}
