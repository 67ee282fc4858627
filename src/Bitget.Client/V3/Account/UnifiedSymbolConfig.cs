using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Account;

/// <summary>Margin mode and leverage of one symbol.</summary>
internal sealed record UnifiedSymbolConfig
{
    /// <summary>Category.</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }

    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Leverage.</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }
}
