using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Market;

/// <summary>A v3 ticker from <c>GET /api/v3/market/tickers</c>; the futures-only fields are null for spot.</summary>
[JsonConverter(typeof(UnifiedTickerConverter))]
public sealed record UnifiedTicker
{
    /// <summary>Category as Bitget sends it (e.g. <c>USDT-FUTURES</c>).</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }

    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>When the ticker was computed.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset Timestamp { get; init; }

    /// <summary>Last price.</summary>
    [JsonPropertyName("lastPrice")] public decimal? LastPrice { get; init; }

    /// <summary>Price 24 hours ago.</summary>
    [JsonPropertyName("openPrice24h")] public decimal? OpenPrice24h { get; init; }

    /// <summary>24-hour high.</summary>
    [JsonPropertyName("highPrice24h")] public decimal? HighPrice24h { get; init; }

    /// <summary>24-hour low.</summary>
    [JsonPropertyName("lowPrice24h")] public decimal? LowPrice24h { get; init; }

    /// <summary>Best ask.</summary>
    [JsonPropertyName("ask1Price")] public decimal? AskPrice { get; init; }

    /// <summary>Best bid.</summary>
    [JsonPropertyName("bid1Price")] public decimal? BidPrice { get; init; }

    /// <summary>Size at the best ask.</summary>
    [JsonPropertyName("ask1Size")] public decimal? AskSize { get; init; }

    /// <summary>Size at the best bid.</summary>
    [JsonPropertyName("bid1Size")] public decimal? BidSize { get; init; }

    /// <summary>24-hour change as a fraction.</summary>
    [JsonPropertyName("price24hPcnt")] public decimal? Change24h { get; init; }

    /// <summary>24-hour volume in the base coin.</summary>
    [JsonPropertyName("volume24h")] public decimal? Volume24h { get; init; }

    /// <summary>24-hour turnover in the quote coin.</summary>
    [JsonPropertyName("turnover24h")] public decimal? Turnover24h { get; init; }

    /// <summary>Index price (futures).</summary>
    [JsonPropertyName("indexPrice")] public decimal? IndexPrice { get; init; }

    /// <summary>Mark price (futures).</summary>
    [JsonPropertyName("markPrice")] public decimal? MarkPrice { get; init; }

    /// <summary>Funding rate (futures).</summary>
    [JsonPropertyName("fundingRate")] public decimal? FundingRate { get; init; }

    /// <summary>Open interest (futures).</summary>
    [JsonPropertyName("openInterest")] public decimal? OpenInterest { get; init; }

    /// <summary>Delivery time (delivery futures).</summary>
    [JsonPropertyName("deliveryTime")] public DateTimeOffset? DeliveryTime { get; init; }

    /// <summary>Delivery status (delivery futures).</summary>
    [JsonPropertyName("deliveryStatus")] public string? DeliveryStatus { get; init; }
}
