using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Positions;

/// <summary>A closed position from <c>GET /api/v2/mix/position/history-position</c>.</summary>
internal sealed record HistoryPosition
{
    /// <summary>Position id.</summary>
    [JsonPropertyName("positionId")] public string? PositionId { get; init; }

    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Margin coin.</summary>
    [JsonPropertyName("marginCoin")] public string? MarginCoin { get; init; }

    /// <summary>Direction.</summary>
    [JsonPropertyName("holdSide")]
    [JsonConverter(typeof(HoldSideConverter))]
    public PositionSide? HoldSide { get; init; }

    /// <summary>Average entry price.</summary>
    [JsonPropertyName("openAvgPrice")] public decimal? OpenAvgPrice { get; init; }

    /// <summary>Average exit price.</summary>
    [JsonPropertyName("closeAvgPrice")] public decimal? CloseAvgPrice { get; init; }

    /// <summary>Margin mode.</summary>
    [JsonPropertyName("marginMode")]
    [JsonConverter(typeof(MarginModeConverter))]
    public MarginMode? MarginMode { get; init; }

    /// <summary>Total size opened.</summary>
    [JsonPropertyName("openTotalPos")] public decimal? OpenTotalSize { get; init; }

    /// <summary>Total size closed.</summary>
    [JsonPropertyName("closeTotalPos")] public decimal? CloseTotalSize { get; init; }

    /// <summary>Realized PnL.</summary>
    [JsonPropertyName("pnl")] public decimal? Pnl { get; init; }

    /// <summary>PnL after fees and funding.</summary>
    [JsonPropertyName("netProfit")] public decimal? NetProfit { get; init; }

    /// <summary>Funding paid or received.</summary>
    [JsonPropertyName("totalFunding")] public decimal? TotalFunding { get; init; }

    /// <summary>Opening fee.</summary>
    [JsonPropertyName("openFee")] public decimal? OpenFee { get; init; }

    /// <summary>Closing fee.</summary>
    [JsonPropertyName("closeFee")] public decimal? CloseFee { get; init; }

    /// <summary>Position mode.</summary>
    [JsonPropertyName("posMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? PositionMode { get; init; }

    /// <summary>Opened.</summary>
    [JsonPropertyName("ctime")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Closed.</summary>
    [JsonPropertyName("utime")] public DateTimeOffset? UpdatedAt { get; init; }
}
