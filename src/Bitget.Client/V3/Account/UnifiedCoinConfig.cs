using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Account;

/// <summary>Margin leverage of one coin.</summary>
internal sealed record UnifiedCoinConfig
{
    /// <summary>Coin.</summary>
    [JsonPropertyName("coin")] public required string Coin { get; init; }

    /// <summary>Leverage.</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }
}
