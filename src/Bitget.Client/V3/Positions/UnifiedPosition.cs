using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Positions;

/// <summary>An open position from <c>GET /api/v3/position/current-position</c>.</summary>
internal sealed record UnifiedPosition
{
    /// <summary>Category.</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }

    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Margin coin.</summary>
    [JsonPropertyName("marginCoin")] public string? MarginCoin { get; init; }

    /// <summary>One-way or hedge.</summary>
    [JsonPropertyName("holdMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? HoldMode { get; init; }

    /// <summary>Direction (long/short, in one-way mode too).</summary>
    [JsonPropertyName("posSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? PositionSide { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Margin of the position.</summary>
    [JsonPropertyName("positionBalance")] public decimal? PositionBalance { get; init; }

    /// <summary>Closable size.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }

    /// <summary>Size locked by close orders.</summary>
    [JsonPropertyName("frozen")] public decimal? Frozen { get; init; }

    /// <summary>Total size.</summary>
    [JsonPropertyName("total")] public decimal Total { get; init; }

    /// <summary>Leverage.</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }

    /// <summary>Realized PnL.</summary>
    [JsonPropertyName("curRealisedPnl")] public decimal? RealizedPnl { get; init; }

    /// <summary>Average entry price.</summary>
    [JsonPropertyName("avgPrice")] public decimal? AveragePrice { get; init; }

    /// <summary>Position status.</summary>
    [JsonPropertyName("positionStatus")] public string? PositionStatus { get; init; }

    /// <summary>Unrealized PnL.</summary>
    [JsonPropertyName("unrealisedPnl")] public decimal? UnrealizedPnl { get; init; }

    /// <summary>Liquidation price; 0 means none.</summary>
    [JsonPropertyName("liquidationPrice")] public decimal? LiquidationPrice { get; init; }

    /// <summary>Maintenance margin rate.</summary>
    [JsonPropertyName("mmr")] public decimal? MaintenanceMarginRate { get; init; }

    /// <summary>Return on margin.</summary>
    [JsonPropertyName("profitRate")] public decimal? ProfitRate { get; init; }

    /// <summary>Mark price.</summary>
    [JsonPropertyName("markPrice")] public decimal? MarkPrice { get; init; }

    /// <summary>Break-even price.</summary>
    [JsonPropertyName("breakEvenPrice")] public decimal? BreakEvenPrice { get; init; }

    /// <summary>Funding paid or received.</summary>
    [JsonPropertyName("totalFunding")] public decimal? TotalFunding { get; init; }

    /// <summary>Opening fees.</summary>
    [JsonPropertyName("openFeeTotal")] public decimal? OpenFeeTotal { get; init; }

    /// <summary>Closing fees.</summary>
    [JsonPropertyName("closeFeeTotal")] public decimal? CloseFeeTotal { get; init; }

    /// <summary>Opened.</summary>
    [JsonPropertyName("createdTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("updatedTime")] public DateTimeOffset? UpdatedAt { get; init; }
}
