using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Streams;

/// <summary>A margin-coin account from the v2 private <c>account</c> channel (<c>wss://ws.bitget.com/v2/ws/private</c>).</summary>
public sealed record ClassicStreamAccount
{
    /// <summary>Margin coin.</summary>
    [JsonPropertyName("marginCoin")] public required string MarginCoin { get; init; }

    /// <summary>Locked by orders.</summary>
    [JsonPropertyName("frozen")] public decimal? Frozen { get; init; }

    /// <summary>Available.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }

    /// <summary>Largest amount that can open positions.</summary>
    [JsonPropertyName("maxOpenPosAvailable")] public decimal? MaxOpenPositionAvailable { get; init; }

    /// <summary>Largest amount that can be transferred out.</summary>
    [JsonPropertyName("maxTransferOut")] public decimal? MaxTransferOut { get; init; }

    /// <summary>Equity in the margin coin.</summary>
    [JsonPropertyName("equity")] public decimal? Equity { get; init; }

    /// <summary>Equity in USDT.</summary>
    [JsonPropertyName("usdtEquity")] public decimal? UsdtEquity { get; init; }

    /// <summary>Cross-margin risk rate.</summary>
    [JsonPropertyName("crossedRiskRate")] public decimal? CrossedRiskRate { get; init; }

    /// <summary>Unrealized PnL.</summary>
    [JsonPropertyName("unrealizedPL")] public decimal? UnrealizedPnl { get; init; }
}
