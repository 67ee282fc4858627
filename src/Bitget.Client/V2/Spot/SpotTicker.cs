using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Spot;

/// <summary>A spot ticker from <c>GET /api/v2/spot/market/tickers</c>.</summary>
internal sealed record SpotTicker
{
    /// <summary>Spot symbol, e.g. <c>BTCUSDT</c>.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Last price.</summary>
    [JsonPropertyName("lastPr")] public decimal? LastPrice { get; init; }

    /// <summary>Price 24 hours ago.</summary>
    [JsonPropertyName("open")] public decimal? Open24h { get; init; }

    /// <summary>24-hour high.</summary>
    [JsonPropertyName("high24h")] public decimal? High24h { get; init; }

    /// <summary>24-hour low.</summary>
    [JsonPropertyName("low24h")] public decimal? Low24h { get; init; }

    /// <summary>Best bid price.</summary>
    [JsonPropertyName("bidPr")] public decimal? BidPrice { get; init; }

    /// <summary>Best ask price.</summary>
    [JsonPropertyName("askPr")] public decimal? AskPrice { get; init; }

    /// <summary>Size at the best bid.</summary>
    [JsonPropertyName("bidSz")] public decimal? BidSize { get; init; }

    /// <summary>Size at the best ask.</summary>
    [JsonPropertyName("askSz")] public decimal? AskSize { get; init; }

    /// <summary>24-hour volume in the base coin.</summary>
    [JsonPropertyName("baseVolume")] public decimal? BaseVolume { get; init; }

    /// <summary>24-hour volume in the quote coin.</summary>
    [JsonPropertyName("quoteVolume")] public decimal? QuoteVolume { get; init; }

    /// <summary>24-hour volume in USDT.</summary>
    [JsonPropertyName("usdtVolume")] public decimal? UsdtVolume { get; init; }

    /// <summary>Open price at 00:00 UTC.</summary>
    [JsonPropertyName("openUtc")] public decimal? OpenUtc { get; init; }

    /// <summary>Change since 00:00 UTC as a fraction.</summary>
    [JsonPropertyName("changeUtc24h")] public decimal? ChangeUtc24h { get; init; }

    /// <summary>24-hour change as a fraction.</summary>
    [JsonPropertyName("change24h")] public decimal? Change24h { get; init; }

    /// <summary>When the ticker was computed.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset Timestamp { get; init; }
}
