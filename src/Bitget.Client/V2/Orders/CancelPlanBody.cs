using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of cancel-plan-order.</summary>
internal sealed record CancelPlanBody(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("marginCoin")] string? MarginCoin,
    [property: JsonPropertyName("planType")] string PlanType,
    [property: JsonPropertyName("orderIdList")] IReadOnlyList<OrderReferenceBody> OrderIdList);
