using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Market;

/// <summary>Last, index and mark price from <c>GET /api/v2/mix/market/symbol-price</c>.</summary>
internal sealed record SymbolPrice
{
    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Last price.</summary>
    [JsonPropertyName("price")] public decimal? Price { get; init; }

    /// <summary>Index price.</summary>
    [JsonPropertyName("indexPrice")] public decimal? IndexPrice { get; init; }

    /// <summary>Mark price.</summary>
    [JsonPropertyName("markPrice")] public decimal? MarkPrice { get; init; }

    /// <summary>When the prices were taken.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset? Timestamp { get; init; }
}
