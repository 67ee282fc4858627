using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Orders;

/// <summary>A v3 order from <c>GET /api/v3/trade/order-info</c> or <c>/unfilled-orders</c>; every field but the ids is optional.</summary>
internal sealed record UnifiedOrder
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("orderId")] public required string OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Category.</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }

    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    /// <summary>Order type.</summary>
    [JsonPropertyName("orderType")] public OrderType OrderType { get; init; }

    /// <summary>Trade direction (v3: always the direction of the trade).</summary>
    [JsonPropertyName("side")] public OrderSide Side { get; init; }

    /// <summary>Limit price; 0 or empty for market orders.</summary>
    [JsonPropertyName("price")] public decimal? Price { get; init; }

    /// <summary>Ordered quantity.</summary>
    [JsonPropertyName("qty")] public decimal? Quantity { get; init; }

    /// <summary>Ordered amount (spot market buys by value).</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }

    /// <summary>Filled quantity.</summary>
    [JsonPropertyName("cumExecQty")] public decimal? FilledQuantity { get; init; }

    /// <summary>Filled value.</summary>
    [JsonPropertyName("cumExecValue")] public decimal? FilledValue { get; init; }

    /// <summary>Average fill price.</summary>
    [JsonPropertyName("avgPrice")] public decimal? AveragePrice { get; init; }

    /// <summary>Time in force.</summary>
    [JsonPropertyName("timeInForce")] public TimeInForce TimeInForce { get; init; }

    /// <summary>Order status (<c>live</c>, <c>new</c>, <c>partially_filled</c>, <c>filled</c>, <c>cancelled</c>).</summary>
    [JsonPropertyName("orderStatus")] public OrderStatus Status { get; init; }

    /// <summary>Position the order acts on (hedge mode); null when empty.</summary>
    [JsonPropertyName("posSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? PositionSide { get; init; }

    /// <summary>Hold mode the order was placed in.</summary>
    [JsonPropertyName("holdMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? HoldMode { get; init; }

    /// <summary>Open/close as reported (often absent live).</summary>
    [JsonPropertyName("tradeSide")] public TradeSide TradeSide { get; init; }

    /// <summary>Reduce-only flag.</summary>
    [JsonPropertyName("reduceOnly")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? ReduceOnly { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Preset take-profit price.</summary>
    [JsonPropertyName("takeProfit")] public decimal? TakeProfit { get; init; }

    /// <summary>Preset stop-loss price.</summary>
    [JsonPropertyName("stopLoss")] public decimal? StopLoss { get; init; }

    /// <summary>Fees.</summary>
    [JsonPropertyName("feeDetail")] public IReadOnlyList<UnifiedFeeDetail>? FeeDetails { get; init; }

    /// <summary>Why it was cancelled.</summary>
    [JsonPropertyName("cancelReason")] public string? CancelReason { get; init; }

    /// <summary>Created.</summary>
    [JsonPropertyName("createdTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("updatedTime")] public DateTimeOffset? UpdatedAt { get; init; }
}
