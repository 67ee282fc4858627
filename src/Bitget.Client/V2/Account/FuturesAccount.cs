using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Account;

/// <summary>
/// A futures account (one margin coin) from <c>GET /api/v2/mix/account/accounts</c> or <c>/account</c>;
/// the leverage and mode fields are filled by the single-account call only.
/// </summary>
internal sealed record FuturesAccount
{
    /// <summary>Margin coin, e.g. <c>USDT</c>.</summary>
    [JsonPropertyName("marginCoin")] public required string MarginCoin { get; init; }

    /// <summary>Frozen (locked) amount.</summary>
    [JsonPropertyName("locked")] public decimal? Locked { get; init; }

    /// <summary>Available balance.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }

    /// <summary>Largest amount usable in cross margin.</summary>
    [JsonPropertyName("crossedMaxAvailable")] public decimal? CrossedMaxAvailable { get; init; }

    /// <summary>Largest amount usable in isolated margin.</summary>
    [JsonPropertyName("isolatedMaxAvailable")] public decimal? IsolatedMaxAvailable { get; init; }

    /// <summary>Largest transferable amount.</summary>
    [JsonPropertyName("maxTransferOut")] public decimal? MaxTransferOut { get; init; }

    /// <summary>Account equity in the margin coin.</summary>
    [JsonPropertyName("accountEquity")] public decimal? AccountEquity { get; init; }

    /// <summary>Equity in USDT.</summary>
    [JsonPropertyName("usdtEquity")] public decimal? UsdtEquity { get; init; }

    /// <summary>Equity in BTC.</summary>
    [JsonPropertyName("btcEquity")] public decimal? BtcEquity { get; init; }

    /// <summary>Cross-margin risk rate.</summary>
    [JsonPropertyName("crossedRiskRate")] public decimal? CrossedRiskRate { get; init; }

    /// <summary>Unrealized PnL; null when Bitget sends <c>""</c>.</summary>
    [JsonPropertyName("unrealizedPL")] public decimal? UnrealizedPnl { get; init; }

    /// <summary>Unrealized PnL of cross positions.</summary>
    [JsonPropertyName("crossedUnrealizedPL")] public decimal? CrossedUnrealizedPnl { get; init; }

    /// <summary>Unrealized PnL of isolated positions.</summary>
    [JsonPropertyName("isolatedUnrealizedPL")] public decimal? IsolatedUnrealizedPnl { get; init; }

    /// <summary>Trading bonus.</summary>
    [JsonPropertyName("coupon")] public decimal? Coupon { get; init; }

    /// <summary>Isolated margin in use.</summary>
    [JsonPropertyName("isolatedMargin")] public decimal? IsolatedMargin { get; init; }

    /// <summary>Cross margin in use.</summary>
    [JsonPropertyName("crossedMargin")] public decimal? CrossedMargin { get; init; }

    /// <summary>Available in multi-asset (union) mode.</summary>
    [JsonPropertyName("unionAvailable")] public decimal? UnionAvailable { get; init; }

    /// <summary>Maintenance margin in union mode.</summary>
    [JsonPropertyName("unionMm")] public decimal? UnionMaintenanceMargin { get; init; }

    /// <summary>Asset mode: <c>single</c> or <c>union</c>.</summary>
    [JsonPropertyName("assetMode")] public string? AssetMode { get; init; }

    /// <summary>Assets in union mode.</summary>
    [JsonPropertyName("assetList")] public IReadOnlyList<AccountAsset>? Assets { get; init; }

    /// <summary>Cross leverage (single-account call; a number live, a string in the docs).</summary>
    [JsonPropertyName("crossedMarginLeverage")] public decimal? CrossedMarginLeverage { get; init; }

    /// <summary>Isolated long leverage (single-account call).</summary>
    [JsonPropertyName("isolatedLongLever")] public decimal? IsolatedLongLeverage { get; init; }

    /// <summary>Isolated short leverage (single-account call).</summary>
    [JsonPropertyName("isolatedShortLever")] public decimal? IsolatedShortLeverage { get; init; }

    /// <summary>Margin mode of the symbol asked for (single-account call).</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Position mode of the account (single-account call).</summary>
    [JsonPropertyName("posMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? PositionMode { get; init; }
}
