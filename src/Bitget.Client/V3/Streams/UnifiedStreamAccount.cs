using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Streams;

/// <summary>The unified account from the v3 private <c>account</c> topic (<c>wss://ws.bitget.com/v3/ws/private</c>).</summary>
public sealed record UnifiedStreamAccount
{
    /// <summary>Total equity in USD.</summary>
    [JsonPropertyName("totalEquity")] public decimal? TotalEquity { get; init; }

    /// <summary>Effective equity (after haircuts).</summary>
    [JsonPropertyName("effEquity")] public decimal? EffectiveEquity { get; init; }

    /// <summary>Unrealized PnL (spelt <c>unrealisedPnL</c> on this topic).</summary>
    [JsonPropertyName("unrealisedPnL")] public decimal? UnrealizedPnl { get; init; }

    /// <summary>Maintenance margin.</summary>
    [JsonPropertyName("mmr")] public decimal? MaintenanceMargin { get; init; }

    /// <summary>Initial margin.</summary>
    [JsonPropertyName("imr")] public decimal? InitialMargin { get; init; }

    /// <summary>Margin ratio.</summary>
    [JsonPropertyName("mgnRatio")] public decimal? MarginRatio { get; init; }

    /// <summary>Per-coin balances.</summary>
    [JsonPropertyName("coin")] public IReadOnlyList<UnifiedStreamCoin> Coins { get; init; } = [];
}
