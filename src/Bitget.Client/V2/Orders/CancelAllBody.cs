using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of cancel-all-orders.</summary>
internal sealed record CancelAllBody(
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("marginCoin")] string? MarginCoin);
