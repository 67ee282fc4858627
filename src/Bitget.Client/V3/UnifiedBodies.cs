using System.Text.Json.Serialization;

namespace Bitget.Client.V3;

/// <summary>The small v3 request bodies (ids, category, symbol), kept together because each is one line.</summary>
internal static class UnifiedBodies
{
    internal sealed record OrderRef(
        [property: JsonPropertyName("orderId")] string? OrderId,
        [property: JsonPropertyName("clientOid")] string? ClientOid,
        [property: JsonPropertyName("category")] string? Category,
        [property: JsonPropertyName("symbol")] string? Symbol);

    internal sealed record ModifyStrategyTpsl(
        [property: JsonPropertyName("orderId")] string OrderId,
        [property: JsonPropertyName("qty")] string? Qty,
        [property: JsonPropertyName("takeProfit")] string? TakeProfit,
        [property: JsonPropertyName("stopLoss")] string? StopLoss,
        [property: JsonPropertyName("tpTriggerBy")] string? TpTriggerBy,
        [property: JsonPropertyName("slTriggerBy")] string? SlTriggerBy);

    internal sealed record SymbolScope(
        [property: JsonPropertyName("category")] string Category,
        [property: JsonPropertyName("symbol")] string? Symbol,
        [property: JsonPropertyName("posSide")] string? PosSide);

    internal sealed record SetLeverage(
        [property: JsonPropertyName("category")] string Category,
        [property: JsonPropertyName("symbol")] string Symbol,
        [property: JsonPropertyName("leverage")] string Leverage,
        [property: JsonPropertyName("posSide")] string? PosSide);

    internal sealed record StrategyTpsl(
        [property: JsonPropertyName("category")] string Category,
        [property: JsonPropertyName("symbol")] string Symbol,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("tpslMode")] string TpslMode,
        [property: JsonPropertyName("qty")] string? Qty,
        [property: JsonPropertyName("posSide")] string PosSide,
        [property: JsonPropertyName("takeProfit")] string? TakeProfit,
        [property: JsonPropertyName("stopLoss")] string? StopLoss,
        [property: JsonPropertyName("tpTriggerBy")] string? TpTriggerBy,
        [property: JsonPropertyName("slTriggerBy")] string? SlTriggerBy,
        [property: JsonPropertyName("tpOrderType")] string? TpOrderType,
        [property: JsonPropertyName("slOrderType")] string? SlOrderType,
        [property: JsonPropertyName("clientOid")] string ClientOid);
}
