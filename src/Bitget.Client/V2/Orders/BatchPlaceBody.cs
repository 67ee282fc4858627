using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of batch-place-order.</summary>
internal sealed record BatchPlaceBody(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("marginCoin")] string MarginCoin,
    [property: JsonPropertyName("marginMode")] string MarginMode,
    [property: JsonPropertyName("orderList")] IReadOnlyList<BatchPlaceItemBody> OrderList);
