using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>One of our fills from <c>GET /api/v2/mix/order/fills</c> or <c>/fill-history</c>.</summary>
public sealed record Fill
{
    /// <summary>Trade id.</summary>
    [JsonPropertyName("tradeId")] public required string TradeId { get; init; }

    /// <summary>Order id.</summary>
    [JsonPropertyName("orderId")] public string? OrderId { get; init; }

    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Margin coin (fill history only).</summary>
    [JsonPropertyName("marginCoin")] public string? MarginCoin { get; init; }

    /// <summary>Fill price.</summary>
    [JsonPropertyName("price")] public decimal Price { get; init; }

    /// <summary>Fill size.</summary>
    [JsonPropertyName("baseVolume")] public decimal Size { get; init; }

    /// <summary>Fill value.</summary>
    [JsonPropertyName("quoteVolume")] public decimal? Value { get; init; }

    /// <summary>Realized PnL.</summary>
    [JsonPropertyName("profit")] public decimal? Profit { get; init; }

    /// <summary><c>side</c>.</summary>
    [JsonPropertyName("side")] public OrderSide Side { get; init; }

    /// <summary><c>tradeSide</c>.</summary>
    [JsonPropertyName("tradeSide")] public TradeSide TradeSide { get; init; }

    /// <summary>Position mode.</summary>
    [JsonPropertyName("posMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? PositionMode { get; init; }

    /// <summary><c>taker</c> or <c>maker</c>.</summary>
    [JsonPropertyName("tradeScope")] public string? TradeScope { get; init; }

    /// <summary>Where the order came from.</summary>
    [JsonPropertyName("enterPointSource")] public string? EnterPointSource { get; init; }

    /// <summary>Fees.</summary>
    [JsonPropertyName("feeDetail")] public IReadOnlyList<FeeDetail>? FeeDetails { get; init; }

    /// <summary>Fill time.</summary>
    [JsonPropertyName("cTime")] public DateTimeOffset? CreatedAt { get; init; }
}
