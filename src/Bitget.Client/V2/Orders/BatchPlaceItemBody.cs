using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>One item of the batch-place-order body.</summary>
internal sealed record BatchPlaceItemBody(
    [property: JsonPropertyName("size")] string Size,
    [property: JsonPropertyName("price")] string? Price,
    [property: JsonPropertyName("side")] string Side,
    [property: JsonPropertyName("tradeSide")] string? TradeSide,
    [property: JsonPropertyName("orderType")] string OrderType,
    [property: JsonPropertyName("force")] string? Force,
    [property: JsonPropertyName("clientOid")] string ClientOid,
    [property: JsonPropertyName("reduceOnly")] string? ReduceOnly);
