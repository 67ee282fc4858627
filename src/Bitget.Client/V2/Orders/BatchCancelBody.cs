using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of batch-cancel-orders.</summary>
internal sealed record BatchCancelBody(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("marginCoin")] string? MarginCoin,
    [property: JsonPropertyName("orderIdList")] IReadOnlyList<OrderReferenceBody> OrderIdList);
