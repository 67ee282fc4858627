using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Account;

/// <summary>The unified account's equity and coins from <c>GET /api/v3/account/assets</c>.</summary>
internal sealed record UnifiedAccountAssets
{
    /// <summary>Equity in USD.</summary>
    [JsonPropertyName("accountEquity")] public decimal? AccountEquity { get; init; }

    /// <summary>Equity in USDT.</summary>
    [JsonPropertyName("usdtEquity")] public decimal? UsdtEquity { get; init; }

    /// <summary>Equity in BTC.</summary>
    [JsonPropertyName("btcEquity")] public decimal? BtcEquity { get; init; }

    /// <summary>Unrealized PnL in USD.</summary>
    [JsonPropertyName("unrealisedPnl")] public decimal? UnrealizedPnl { get; init; }

    /// <summary>Unrealized PnL in USDT.</summary>
    [JsonPropertyName("usdtUnrealisedPnl")] public decimal? UsdtUnrealizedPnl { get; init; }

    /// <summary>Unrealized PnL in BTC.</summary>
    [JsonPropertyName("btcUnrealizedPnl")] public decimal? BtcUnrealizedPnl { get; init; }

    /// <summary>Equity usable as margin, in USD.</summary>
    [JsonPropertyName("effEquity")] public decimal? EffectiveEquity { get; init; }

    /// <summary>Maintenance margin, in USD.</summary>
    [JsonPropertyName("mmr")] public decimal? MaintenanceMargin { get; init; }

    /// <summary>Initial margin, in USD.</summary>
    [JsonPropertyName("imr")] public decimal? InitialMargin { get; init; }

    /// <summary>Margin ratio.</summary>
    [JsonPropertyName("mgnRatio")] public decimal? MarginRatio { get; init; }

    /// <summary>Position margin ratio.</summary>
    [JsonPropertyName("positionMgnRatio")] public decimal? PositionMarginRatio { get; init; }

    /// <summary>Non-zero coins.</summary>
    [JsonPropertyName("assets")] public IReadOnlyList<UnifiedAsset>? Assets { get; init; }
}
