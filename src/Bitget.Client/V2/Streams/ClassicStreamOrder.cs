using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Streams;

/// <summary>An order state from the v2 private <c>orders</c> channel (<c>wss://ws.bitget.com/v2/ws/private</c>).</summary>
public sealed record ClassicStreamOrder
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("orderId")] public required string OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Contract symbol (<c>instId</c>).</summary>
    [JsonPropertyName("instId")] public string? Symbol { get; init; }

    /// <summary>Order state.</summary>
    [JsonPropertyName("status")] public OrderStatus Status { get; init; }

    /// <summary>Buy or sell.</summary>
    [JsonPropertyName("side")] public OrderSide Side { get; init; }

    /// <summary>Open or close (hedge mode).</summary>
    [JsonPropertyName("tradeSide")] public TradeSide TradeSide { get; init; }

    /// <summary>Position direction the order acts on; null in one-way mode.</summary>
    [JsonPropertyName("posSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? PositionSide { get; init; }

    /// <summary>Order type.</summary>
    [JsonPropertyName("orderType")] public OrderType OrderType { get; init; }

    /// <summary>Whether the order can only reduce.</summary>
    [JsonPropertyName("reduceOnly")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? ReduceOnly { get; init; }

    /// <summary>Order size.</summary>
    [JsonPropertyName("size")] public decimal Size { get; init; }

    /// <summary>Limit price (0 for market orders).</summary>
    [JsonPropertyName("price")] public decimal? Price { get; init; }

    /// <summary>Size filled so far.</summary>
    [JsonPropertyName("accBaseVolume")] public decimal? FilledSize { get; init; }

    /// <summary>Average fill price.</summary>
    [JsonPropertyName("priceAvg")] public decimal? AveragePrice { get; init; }

    /// <summary>Price of the latest fill.</summary>
    [JsonPropertyName("fillPrice")] public decimal? LastFillPrice { get; init; }

    /// <summary>Size of the latest fill.</summary>
    [JsonPropertyName("baseVolume")] public decimal? LastFillSize { get; init; }

    /// <summary>Trade id of the latest fill.</summary>
    [JsonPropertyName("tradeId")] public string? TradeId { get; init; }

    /// <summary>Fee of the latest fill (negative = paid).</summary>
    [JsonPropertyName("fillFee")] public decimal? FillFee { get; init; }

    /// <summary>Leverage.</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }

    /// <summary>Realized PnL.</summary>
    [JsonPropertyName("pnl")] public decimal? Pnl { get; init; }

    /// <summary>Created.</summary>
    [JsonPropertyName("cTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("uTime")] public DateTimeOffset? UpdatedAt { get; init; }
}
