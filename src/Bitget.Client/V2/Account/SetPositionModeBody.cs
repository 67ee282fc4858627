using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Account;

/// <summary>The JSON body of set-position-mode.</summary>
internal sealed record SetPositionModeBody(
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("posMode")] string PosMode);
