using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Account;

/// <summary>The JSON body of set-margin-mode.</summary>
internal sealed record SetMarginModeBody(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("marginCoin")] string MarginCoin,
    [property: JsonPropertyName("marginMode")] string MarginMode);
