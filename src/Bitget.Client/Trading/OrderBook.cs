using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>The merged order book from <c>GET /api/v2/mix/market/merge-depth</c>.</summary>
internal sealed record OrderBook
{
    /// <summary>Asks, lowest price first.</summary>
    [JsonPropertyName("asks")] public IReadOnlyList<OrderBookLevel> Asks { get; init; } = [];

    /// <summary>Bids, highest price first.</summary>
    [JsonPropertyName("bids")] public IReadOnlyList<OrderBookLevel> Bids { get; init; } = [];

    /// <summary>When the book was taken.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Price granularity of the merged levels.</summary>
    [JsonPropertyName("scale")] public decimal? Scale { get; init; }

    /// <summary>Requested precision, e.g. <c>scale0</c>.</summary>
    [JsonPropertyName("precision")] public string? Precision { get; init; }

    /// <summary>Whether this is the finest precision.</summary>
    [JsonPropertyName("isMaxPrecision")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? IsMaxPrecision { get; init; }
}
