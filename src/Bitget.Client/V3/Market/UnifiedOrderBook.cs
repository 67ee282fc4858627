using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Market;

/// <summary>A v3 order book from <c>GET /api/v3/market/orderbook</c>; levels are JSON numbers, read exactly.</summary>
internal sealed record UnifiedOrderBook
{
    /// <summary>Asks, lowest first.</summary>
    [JsonPropertyName("a")] public IReadOnlyList<OrderBookLevel> Asks { get; init; } = [];

    /// <summary>Bids, highest first.</summary>
    [JsonPropertyName("b")] public IReadOnlyList<OrderBookLevel> Bids { get; init; } = [];

    /// <summary>When the book was taken.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset? Timestamp { get; init; }
}
