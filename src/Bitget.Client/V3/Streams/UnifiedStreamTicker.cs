using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Streams;

/// <summary>
/// A ticker from the v3 public <c>ticker</c> topic (<c>wss://ws.bitget.com/v3/ws/public</c>). The push names its symbol
/// only in <c>arg</c>; the client fills <see cref="Symbol"/> from there. Futures add mark/index price and funding.
/// </summary>
public sealed record UnifiedStreamTicker
{
    /// <summary>Symbol (from the push's <c>arg</c>).</summary>
    [JsonPropertyName("symbol")] public string Symbol { get; init; } = "";

    /// <summary>Last price.</summary>
    [JsonPropertyName("lastPrice")] public decimal? LastPrice { get; init; }

    /// <summary>Best bid.</summary>
    [JsonPropertyName("bid1Price")] public decimal? BidPrice { get; init; }

    /// <summary>Best ask.</summary>
    [JsonPropertyName("ask1Price")] public decimal? AskPrice { get; init; }

    /// <summary>Size at the best bid.</summary>
    [JsonPropertyName("bid1Size")] public decimal? BidSize { get; init; }

    /// <summary>Size at the best ask.</summary>
    [JsonPropertyName("ask1Size")] public decimal? AskSize { get; init; }

    /// <summary>Price 24 hours ago.</summary>
    [JsonPropertyName("openPrice24h")] public decimal? OpenPrice24h { get; init; }

    /// <summary>24-hour high.</summary>
    [JsonPropertyName("highPrice24h")] public decimal? HighPrice24h { get; init; }

    /// <summary>24-hour low.</summary>
    [JsonPropertyName("lowPrice24h")] public decimal? LowPrice24h { get; init; }

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

    /// <summary>Next funding time (futures).</summary>
    [JsonPropertyName("nextFundingTime")] public DateTimeOffset? NextFundingTime { get; init; }

    /// <summary>Open interest (futures).</summary>
    [JsonPropertyName("openInterest")] public decimal? OpenInterest { get; init; }
}
