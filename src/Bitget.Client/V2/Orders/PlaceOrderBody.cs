using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of place-order, exactly as signed and sent.</summary>
internal sealed record PlaceOrderBody(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("marginMode")] string MarginMode,
    [property: JsonPropertyName("marginCoin")] string MarginCoin,
    [property: JsonPropertyName("size")] string Size,
    [property: JsonPropertyName("price")] string? Price,
    [property: JsonPropertyName("side")] string Side,
    [property: JsonPropertyName("tradeSide")] string? TradeSide,
    [property: JsonPropertyName("orderType")] string OrderType,
    [property: JsonPropertyName("force")] string? Force,
    [property: JsonPropertyName("clientOid")] string ClientOid,
    [property: JsonPropertyName("reduceOnly")] string? ReduceOnly,
    [property: JsonPropertyName("presetStopSurplusPrice")] string? PresetStopSurplusPrice,
    [property: JsonPropertyName("presetStopLossPrice")] string? PresetStopLossPrice);
