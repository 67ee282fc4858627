using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Account;

/// <summary>Leverage and margin mode after <c>POST /api/v2/mix/account/set-leverage</c> or <c>/set-margin-mode</c>.</summary>
internal sealed record LeverageSettings
{
    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Margin coin.</summary>
    [JsonPropertyName("marginCoin")] public string? MarginCoin { get; init; }

    /// <summary>Long leverage.</summary>
    [JsonPropertyName("longLeverage")] public decimal? LongLeverage { get; init; }

    /// <summary>Short leverage.</summary>
    [JsonPropertyName("shortLeverage")] public decimal? ShortLeverage { get; init; }

    /// <summary>Cross leverage.</summary>
    [JsonPropertyName("crossMarginLeverage")] public decimal? CrossMarginLeverage { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }
}
