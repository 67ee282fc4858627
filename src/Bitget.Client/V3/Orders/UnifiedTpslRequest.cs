using Bitget.Client.Trading;

namespace Bitget.Client.V3.Orders;

/// <summary>A position TP/SL for <c>POST /api/v3/trade/place-strategy-order</c> (<c>type=tpsl</c>), executed at market.</summary>
internal sealed record UnifiedTpslRequest
{
    /// <summary>Symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>Category.</summary>
    public Category Category { get; init; } = Category.UsdtFutures;

    /// <summary>The position protected.</summary>
    public required PositionSide PositionSide { get; init; }

    /// <summary>Take-profit trigger price; null = none.</summary>
    public decimal? TakeProfit { get; init; }

    /// <summary>Stop-loss trigger price; null = none.</summary>
    public decimal? StopLoss { get; init; }

    /// <summary>Which price triggers; Bitget's default is last price.</summary>
    public TriggerPriceType? TriggerBy { get; init; }

    /// <summary>Quantity for a partial TP/SL; null = the whole position (<c>tpslMode=full</c>).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Idempotency key; generated when null.</summary>
    public string? ClientOid { get; init; }
}
