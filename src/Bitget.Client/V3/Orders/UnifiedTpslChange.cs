using Bitget.Client.Trading;

namespace Bitget.Client.V3.Orders;

/// <summary>A change to an open TP/SL for <c>POST /api/v3/trade/modify-strategy-order</c>; null keeps a field as it is.</summary>
internal sealed record UnifiedTpslChange
{
    /// <summary>The exchange's id of the TP/SL to move.</summary>
    public required string OrderId { get; init; }

    /// <summary>New take-profit trigger price.</summary>
    public decimal? TakeProfit { get; init; }

    /// <summary>New stop-loss trigger price.</summary>
    public decimal? StopLoss { get; init; }

    /// <summary>Which price triggers the changed price(s).</summary>
    public TriggerPriceType? TriggerBy { get; init; }

    /// <summary>Quantity: a partial TP/SL's new size; for a full one, the position's size (some clients send it always).</summary>
    public decimal? Quantity { get; init; }
}
