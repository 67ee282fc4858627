using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of place-tpsl-order.</summary>
internal sealed record TpslOrderBody(
    [property: JsonPropertyName("marginCoin")] string MarginCoin,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("planType")] string PlanType,
    [property: JsonPropertyName("triggerPrice")] string TriggerPrice,
    [property: JsonPropertyName("triggerType")] string? TriggerType,
    [property: JsonPropertyName("executePrice")] string? ExecutePrice,
    [property: JsonPropertyName("holdSide")] string HoldSide,
    [property: JsonPropertyName("size")] string? Size,
    [property: JsonPropertyName("rangeRate")] string? RangeRate,
    [property: JsonPropertyName("clientOid")] string ClientOid);
