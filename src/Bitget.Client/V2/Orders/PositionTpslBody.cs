using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of place-pos-tpsl.</summary>
internal sealed record PositionTpslBody(
    [property: JsonPropertyName("marginCoin")] string MarginCoin,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("holdSide")] string HoldSide,
    [property: JsonPropertyName("stopSurplusTriggerPrice")] string? StopSurplusTriggerPrice,
    [property: JsonPropertyName("stopSurplusTriggerType")] string? StopSurplusTriggerType,
    [property: JsonPropertyName("stopSurplusExecutePrice")] string? StopSurplusExecutePrice,
    [property: JsonPropertyName("stopSurplusClientOid")] string? StopSurplusClientOid,
    [property: JsonPropertyName("stopLossTriggerPrice")] string? StopLossTriggerPrice,
    [property: JsonPropertyName("stopLossTriggerType")] string? StopLossTriggerType,
    [property: JsonPropertyName("stopLossExecutePrice")] string? StopLossExecutePrice,
    [property: JsonPropertyName("stopLossClientOid")] string? StopLossClientOid);
