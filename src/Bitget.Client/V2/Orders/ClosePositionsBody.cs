using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>The JSON body of close-positions (flash close).</summary>
internal sealed record ClosePositionsBody(
    [property: JsonPropertyName("symbol")] string? Symbol,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("holdSide")] string? HoldSide);
