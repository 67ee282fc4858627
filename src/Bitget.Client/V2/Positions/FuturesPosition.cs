using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Positions;

/// <summary>An open position from <c>GET /api/v2/mix/position/all-position</c> or <c>/single-position</c>.</summary>
internal sealed record FuturesPosition
{
    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Margin coin.</summary>
    [JsonPropertyName("marginCoin")] public string? MarginCoin { get; init; }

    /// <summary>Direction of the position (long or short, in both modes).</summary>
    [JsonPropertyName("holdSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? HoldSide { get; init; }

    /// <summary>Size of open orders that would add to this position.</summary>
    [JsonPropertyName("openDelegateSize")] public decimal? OpenDelegateSize { get; init; }

    /// <summary>Margin of the position.</summary>
    [JsonPropertyName("marginSize")] public decimal? MarginSize { get; init; }

    /// <summary>Size that can be closed now.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }

    /// <summary>Size locked by close orders.</summary>
    [JsonPropertyName("locked")] public decimal? Locked { get; init; }

    /// <summary>Total position size.</summary>
    [JsonPropertyName("total")] public decimal Total { get; init; }

    /// <summary>Leverage.</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }

    /// <summary>Realized PnL.</summary>
    [JsonPropertyName("achievedProfits")] public decimal? AchievedProfits { get; init; }

    /// <summary>Average entry price.</summary>
    [JsonPropertyName("openPriceAvg")] public decimal? OpenPriceAvg { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Position mode.</summary>
    [JsonPropertyName("posMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? PositionMode { get; init; }

    /// <summary>Unrealized PnL.</summary>
    [JsonPropertyName("unrealizedPL")] public decimal? UnrealizedPnl { get; init; }

    /// <summary>Estimated liquidation price (0 or empty when none).</summary>
    [JsonPropertyName("liquidationPrice")] public decimal? LiquidationPrice { get; init; }

    /// <summary>Maintenance margin rate.</summary>
    [JsonPropertyName("keepMarginRate")] public decimal? KeepMarginRate { get; init; }

    /// <summary>Mark price.</summary>
    [JsonPropertyName("markPrice")] public decimal? MarkPrice { get; init; }

    /// <summary>Margin ratio.</summary>
    [JsonPropertyName("marginRatio")] public decimal? MarginRatio { get; init; }

    /// <summary>Break-even price.</summary>
    [JsonPropertyName("breakEvenPrice")] public decimal? BreakEvenPrice { get; init; }

    /// <summary>Total fees.</summary>
    [JsonPropertyName("totalFee")] public decimal? TotalFee { get; init; }

    /// <summary>Funding fees deducted.</summary>
    [JsonPropertyName("deductedFee")] public decimal? DeductedFee { get; init; }

    /// <summary>Take-profit trigger price of the position, when set.</summary>
    [JsonPropertyName("takeProfit")] public decimal? TakeProfit { get; init; }

    /// <summary>Stop-loss trigger price of the position, when set.</summary>
    [JsonPropertyName("stopLoss")] public decimal? StopLoss { get; init; }

    /// <summary>Id of the take-profit plan.</summary>
    [JsonPropertyName("takeProfitId")] public string? TakeProfitId { get; init; }

    /// <summary>Id of the stop-loss plan.</summary>
    [JsonPropertyName("stopLossId")] public string? StopLossId { get; init; }

    /// <summary>Auto margin top-up: <c>on</c>/<c>off</c>.</summary>
    [JsonPropertyName("autoMargin")] public string? AutoMargin { get; init; }

    /// <summary>Asset mode.</summary>
    [JsonPropertyName("assetMode")] public string? AssetMode { get; init; }

    /// <summary>Opened.</summary>
    [JsonPropertyName("cTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("uTime")] public DateTimeOffset? UpdatedAt { get; init; }
}
