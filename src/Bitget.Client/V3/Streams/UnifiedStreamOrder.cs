using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Streams;

/// <summary>
/// An order state from the v3 private <c>order</c> topic (<c>wss://ws.bitget.com/v3/ws/private</c>). The topic sends no
/// snapshot on subscribe; the client's resync reads open orders from REST instead.
/// </summary>
public sealed record UnifiedStreamOrder
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("orderId")] public required string OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Category, lower-case on this topic (<c>usdt-futures</c>).</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }

    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    /// <summary>Order state.</summary>
    [JsonPropertyName("orderStatus")] public OrderStatus Status { get; init; }

    /// <summary>Buy or sell.</summary>
    [JsonPropertyName("side")] public OrderSide Side { get; init; }

    /// <summary>Open or close (hedge mode).</summary>
    [JsonPropertyName("tradeSide")] public TradeSide TradeSide { get; init; }

    /// <summary>Position direction (<c>holdSide</c> on this topic, <c>posSide</c> in REST).</summary>
    [JsonPropertyName("holdSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? PositionSide { get; init; }

    /// <summary>Order type.</summary>
    [JsonPropertyName("orderType")] public OrderType OrderType { get; init; }

    /// <summary>Whether the order can only reduce (<c>yes</c>/<c>no</c>).</summary>
    [JsonPropertyName("reduceOnly")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? ReduceOnly { get; init; }

    /// <summary>Order quantity.</summary>
    [JsonPropertyName("qty")] public decimal? Quantity { get; init; }

    /// <summary>Limit price (empty for market orders).</summary>
    [JsonPropertyName("price")] public decimal? Price { get; init; }

    /// <summary>Quantity filled so far.</summary>
    [JsonPropertyName("cumExecQty")] public decimal? FilledQuantity { get; init; }

    /// <summary>Value filled so far.</summary>
    [JsonPropertyName("cumExecValue")] public decimal? FilledValue { get; init; }

    /// <summary>Average fill price.</summary>
    [JsonPropertyName("avgPrice")] public decimal? AveragePrice { get; init; }

    /// <summary>Leverage.</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }

    /// <summary>Why the order was cancelled.</summary>
    [JsonPropertyName("cancelReason")] public string? CancelReason { get; init; }

    /// <summary>Created.</summary>
    [JsonPropertyName("createdTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("updatedTime")] public DateTimeOffset? UpdatedAt { get; init; }
}
