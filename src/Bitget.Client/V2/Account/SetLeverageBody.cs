using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Account;

/// <summary>The JSON body of set-leverage.</summary>
internal sealed record SetLeverageBody(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("marginCoin")] string MarginCoin,
    [property: JsonPropertyName("leverage")] string Leverage,
    [property: JsonPropertyName("holdSide")] string? HoldSide);
