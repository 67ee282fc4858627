using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>An order from <c>GET /api/v2/mix/order/detail</c>, <c>/orders-pending</c> or <c>/orders-history</c>.</summary>
internal sealed record FuturesOrder
{
    /// <summary>Contract symbol (case as Bitget sends it).</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Bitget's order id.</summary>
    [JsonPropertyName("orderId")] public required string OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Ordered size.</summary>
    [JsonPropertyName("size")] public decimal Size { get; init; }

    /// <summary>Filled size.</summary>
    [JsonPropertyName("baseVolume")] public decimal? FilledSize { get; init; }

    /// <summary>Filled value.</summary>
    [JsonPropertyName("quoteVolume")] public decimal? FilledValue { get; init; }

    /// <summary>Limit price; null for market orders (<c>""</c>).</summary>
    [JsonPropertyName("price")] public decimal? Price { get; init; }

    /// <summary>Average fill price.</summary>
    [JsonPropertyName("priceAvg")] public decimal? AveragePrice { get; init; }

    /// <summary>Fee (negative = paid).</summary>
    [JsonPropertyName("fee")] public decimal? Fee { get; init; }

    /// <summary>Realized PnL of the order.</summary>
    [JsonPropertyName("totalProfits")] public decimal? TotalProfits { get; init; }

    /// <summary>Order state, from <c>state</c> (detail) or <c>status</c> (lists).</summary>
    [JsonIgnore] public OrderStatus Status => StateField != OrderStatus.Unknown ? StateField : StatusField;

    /// <summary><c>side</c>; in hedge mode the position direction.</summary>
    [JsonPropertyName("side")] public OrderSide Side { get; init; }

    /// <summary><c>tradeSide</c>; open/close in hedge mode.</summary>
    [JsonPropertyName("tradeSide")] public TradeSide TradeSide { get; init; }

    /// <summary>Position direction the order acts on; null for one-way (<c>net</c>).</summary>
    [JsonPropertyName("posSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? PositionSide { get; init; }

    /// <summary>Position mode the order was placed in.</summary>
    [JsonPropertyName("posMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? PositionMode { get; init; }

    /// <summary>Whether the order can only reduce.</summary>
    [JsonPropertyName("reduceOnly")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? ReduceOnly { get; init; }

    /// <summary>Order type.</summary>
    [JsonPropertyName("orderType")] public OrderType OrderType { get; init; }

    /// <summary>Time in force.</summary>
    [JsonPropertyName("force")] public TimeInForce TimeInForce { get; init; }

    /// <summary>Margin coin.</summary>
    [JsonPropertyName("marginCoin")] public string? MarginCoin { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Leverage.</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }

    /// <summary>Preset take-profit trigger price.</summary>
    [JsonPropertyName("presetStopSurplusPrice")] public decimal? PresetTakeProfitPrice { get; init; }

    /// <summary>Preset stop-loss trigger price.</summary>
    [JsonPropertyName("presetStopLossPrice")] public decimal? PresetStopLossPrice { get; init; }

    /// <summary>Preset take-profit execution price.</summary>
    [JsonPropertyName("presetStopSurplusExecutePrice")] public decimal? PresetTakeProfitExecutePrice { get; init; }

    /// <summary>Preset stop-loss execution price.</summary>
    [JsonPropertyName("presetStopLossExecutePrice")] public decimal? PresetStopLossExecutePrice { get; init; }

    /// <summary>Where the order came from (<c>API</c>, <c>WEB</c>, …).</summary>
    [JsonPropertyName("enterPointSource")] public string? EnterPointSource { get; init; }

    /// <summary>Order source (<c>normal</c>, <c>market</c>, …).</summary>
    [JsonPropertyName("orderSource")] public string? OrderSource { get; init; }

    /// <summary>Why it was cancelled, when it was.</summary>
    [JsonPropertyName("cancelReason")] public string? CancelReason { get; init; }

    /// <summary>Created.</summary>
    [JsonPropertyName("cTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("uTime")] public DateTimeOffset? UpdatedAt { get; init; }

    [JsonInclude]
    [JsonPropertyName("state")]
    internal OrderStatus StateField { get; init; }

    [JsonInclude]
    [JsonPropertyName("status")]
    internal OrderStatus StatusField { get; init; }
}
