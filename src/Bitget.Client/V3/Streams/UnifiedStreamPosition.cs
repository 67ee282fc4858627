using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Streams;

/// <summary>
/// A position from the v3 private <c>position</c> topic (<c>wss://ws.bitget.com/v3/ws/private</c>). Names differ from
/// REST: <c>size</c> (REST <c>total</c>), <c>liqPrice</c>, <c>marginSize</c>; a closed position arrives once with
/// <see cref="PositionStatus"/> <c>ended</c>.
/// </summary>
public sealed record UnifiedStreamPosition
{
    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Margin coin.</summary>
    [JsonPropertyName("marginCoin")] public string? MarginCoin { get; init; }

    /// <summary>Direction of the position.</summary>
    [JsonPropertyName("posSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? PositionSide { get; init; }

    /// <summary>Position mode.</summary>
    [JsonPropertyName("holdMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? HoldMode { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Size (0 once ended).</summary>
    [JsonPropertyName("size")] public decimal Size { get; init; }

    /// <summary>Size that can be closed now.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }

    /// <summary>Size locked by close orders.</summary>
    [JsonPropertyName("frozen")] public decimal? Frozen { get; init; }

    /// <summary>Leverage.</summary>
    [JsonPropertyName("leverage")] public decimal? Leverage { get; init; }

    /// <summary>Average entry price.</summary>
    [JsonPropertyName("avgPrice")] public decimal? AveragePrice { get; init; }

    /// <summary>Margin of the position.</summary>
    [JsonPropertyName("marginSize")] public decimal? MarginSize { get; init; }

    /// <summary>Estimated liquidation price (empty = none).</summary>
    [JsonPropertyName("liqPrice")] public decimal? LiquidationPrice { get; init; }

    /// <summary>Unrealized PnL.</summary>
    [JsonPropertyName("unrealisedPnl")] public decimal? UnrealizedPnl { get; init; }

    /// <summary>Realized PnL.</summary>
    [JsonPropertyName("curRealisedPnl")] public decimal? RealizedPnl { get; init; }

    /// <summary>Funding fees so far.</summary>
    [JsonPropertyName("totalFundingFee")] public decimal? TotalFundingFee { get; init; }

    /// <summary>Mark price.</summary>
    [JsonPropertyName("markPrice")] public decimal? MarkPrice { get; init; }

    /// <summary>Break-even price.</summary>
    [JsonPropertyName("breakEvenPrice")] public decimal? BreakEvenPrice { get; init; }

    /// <summary>Maintenance margin rate.</summary>
    [JsonPropertyName("mmr")] public decimal? MaintenanceMarginRate { get; init; }

    /// <summary><c>opening</c>, <c>normal</c> or <c>ended</c>.</summary>
    [JsonPropertyName("positionStatus")] public string? PositionStatus { get; init; }

    /// <summary>Opened.</summary>
    [JsonPropertyName("createdTime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last changed.</summary>
    [JsonPropertyName("updatedTime")] public DateTimeOffset? UpdatedAt { get; init; }
}
