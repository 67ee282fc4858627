namespace Bitget.Client.Trading;

/// <summary>Which of a contract's minimums an order size missed.</summary>
public enum MinimumKind
{
    /// <summary>The smallest size (<c>minTradeNum</c> / <c>minOrderQty</c>), or nothing left after rounding down.</summary>
    Size,

    /// <summary>The smallest value at the mark price (<c>minTradeUSDT</c> / <c>minOrderAmount</c>).</summary>
    Notional,
}
