using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Market;

/// <summary>A public trade from <c>GET /api/v2/mix/market/fills</c>.</summary>
public sealed record RecentTrade
{
    /// <summary>Trade id.</summary>
    [JsonPropertyName("tradeId")] public required string TradeId { get; init; }

    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    /// <summary>Price.</summary>
    [JsonPropertyName("price")] public decimal Price { get; init; }

    /// <summary>Size in the base coin.</summary>
    [JsonPropertyName("size")] public decimal Size { get; init; }

    /// <summary>Taker side.</summary>
    [JsonPropertyName("side")] public OrderSide Side { get; init; }

    /// <summary>Trade time.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset Timestamp { get; init; }
}
