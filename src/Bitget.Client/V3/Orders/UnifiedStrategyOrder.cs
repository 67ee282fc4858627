using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Orders;

/// <summary>An open TP/SL or trigger order from <c>GET /api/v3/trade/unfilled-strategy-orders</c>; live rows carry fewer fields than the docs.</summary>
internal sealed record UnifiedStrategyOrder
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("orderId")] public required string OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Category.</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }

    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    /// <summary>Quantity.</summary>
    [JsonPropertyName("qty")] public decimal? Quantity { get; init; }

    /// <summary>Position protected.</summary>
    [JsonPropertyName("posSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? PositionSide { get; init; }

    /// <summary>TP/SL mode (<c>full</c> = the whole position, <c>partial</c>); absent in the doc's and the live rows.</summary>
    [JsonPropertyName("tpslMode")] public string? TpslMode { get; init; }

    /// <summary>Status (<c>pending</c>, …); absent in live rows.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }

    /// <summary>Take-profit trigger price.</summary>
    [JsonPropertyName("takeProfit")] public decimal? TakeProfit { get; init; }

    /// <summary>Stop-loss trigger price.</summary>
    [JsonPropertyName("stopLoss")] public decimal? StopLoss { get; init; }

    /// <summary>Take-profit trigger source (<c>market</c>/<c>mark</c>).</summary>
    [JsonPropertyName("tpTriggerBy")] public string? TakeProfitTriggerBy { get; init; }

    /// <summary>Stop-loss trigger source (<c>market</c>/<c>mark</c>).</summary>
    [JsonPropertyName("slTriggerBy")] public string? StopLossTriggerBy { get; init; }

    /// <summary>Take-profit order type.</summary>
    [JsonPropertyName("tpOrderType")] public string? TakeProfitOrderType { get; init; }

    /// <summary>Stop-loss order type.</summary>
    [JsonPropertyName("slOrderType")] public string? StopLossOrderType { get; init; }

    /// <summary>Take-profit limit price.</summary>
    [JsonPropertyName("tpLimitPrice")] public decimal? TakeProfitLimitPrice { get; init; }

    /// <summary>Stop-loss limit price.</summary>
    [JsonPropertyName("slLimitPrice")] public decimal? StopLossLimitPrice { get; init; }

    /// <summary>Trigger price (trigger orders).</summary>
    [JsonPropertyName("triggerPrice")] public decimal? TriggerPrice { get; init; }

    /// <summary>Created.</summary>
    [JsonPropertyName("createdTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("updatedTime")] public DateTimeOffset? UpdatedAt { get; init; }
}
