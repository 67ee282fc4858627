using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of modify-order.</summary>
internal sealed record ModifyOrderBody(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("orderId")] string? OrderId,
    [property: JsonPropertyName("clientOid")] string? ClientOid,
    [property: JsonPropertyName("newClientOid")] string NewClientOid,
    [property: JsonPropertyName("newSize")] string? NewSize,
    [property: JsonPropertyName("newPrice")] string? NewPrice,
    [property: JsonPropertyName("newPresetStopSurplusPrice")] string? NewPresetStopSurplusPrice,
    [property: JsonPropertyName("newPresetStopLossPrice")] string? NewPresetStopLossPrice);
