using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Orders;

/// <summary>The JSON body of v3 place-order (and one item of place-batch).</summary>
internal sealed record UnifiedPlaceOrderBody(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("qty")] string Qty,
    [property: JsonPropertyName("side")] string Side,
    [property: JsonPropertyName("orderType")] string OrderType,
    [property: JsonPropertyName("price")] string? Price,
    [property: JsonPropertyName("timeInForce")] string? TimeInForce,
    [property: JsonPropertyName("posSide")] string? PosSide,
    [property: JsonPropertyName("clientOid")] string ClientOid,
    [property: JsonPropertyName("reduceOnly")] string? ReduceOnly,
    [property: JsonPropertyName("marginMode")] string MarginMode,
    [property: JsonPropertyName("takeProfit")] string? TakeProfit,
    [property: JsonPropertyName("stopLoss")] string? StopLoss);
