using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Streams;

/// <summary>A position from the v2 private <c>positions</c> channel (<c>wss://ws.bitget.com/v2/ws/private</c>); each push lists every open position.</summary>
public sealed record ClassicStreamPosition
{
    /// <summary>Position id.</summary>
    [JsonPropertyName("posId")] public string? PositionId { get; init; }

    /// <summary>Contract symbol (<c>instId</c>).</summary>
    [JsonPropertyName("instId")] public required string Symbol { get; init; }

    /// <summary>Margin coin.</summary>
    [JsonPropertyName("marginCoin")] public string? MarginCoin { get; init; }

    /// <summary>Direction of the position.</summary>
    [JsonPropertyName("holdSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? HoldSide { get; init; }

    /// <summary>Position mode.</summary>
    [JsonPropertyName("posMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? PositionMode { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Total size.</summary>
    [JsonPropertyName("total")] public decimal Total { get; init; }

    /// <summary>Size that can be closed now.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }

    /// <summary>Size locked by close orders.</summary>
    [JsonPropertyName("frozen")] public decimal? Frozen { get; init; }

    /// <summary>Margin of the position.</summary>
    [JsonPropertyName("marginSize")] public decimal? MarginSize { get; init; }

    /// <summary>Average entry price.</summary>
    [JsonPropertyName("openPriceAvg")] public decimal? OpenPriceAvg { get; init; }

    /// <summary>Leverage (a JSON number on this channel).</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }

    /// <summary>Realized PnL.</summary>
    [JsonPropertyName("achievedProfits")] public decimal? AchievedProfits { get; init; }

    /// <summary>Unrealized PnL.</summary>
    [JsonPropertyName("unrealizedPL")] public decimal? UnrealizedPnl { get; init; }

    /// <summary>Unrealized PnL as a fraction of margin.</summary>
    [JsonPropertyName("unrealizedPLR")] public decimal? UnrealizedPnlRatio { get; init; }

    /// <summary>Estimated liquidation price.</summary>
    [JsonPropertyName("liquidationPrice")] public decimal? LiquidationPrice { get; init; }

    /// <summary>Maintenance margin rate.</summary>
    [JsonPropertyName("keepMarginRate")] public decimal? KeepMarginRate { get; init; }

    /// <summary>Margin rate.</summary>
    [JsonPropertyName("marginRate")] public decimal? MarginRate { get; init; }

    /// <summary>Break-even price.</summary>
    [JsonPropertyName("breakEvenPrice")] public decimal? BreakEvenPrice { get; init; }

    /// <summary>Total fees.</summary>
    [JsonPropertyName("totalFee")] public decimal? TotalFee { get; init; }

    /// <summary>Mark price.</summary>
    [JsonPropertyName("markPrice")] public decimal? MarkPrice { get; init; }

    /// <summary>Opened.</summary>
    [JsonPropertyName("cTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("uTime")] public DateTimeOffset? UpdatedAt { get; init; }
}
