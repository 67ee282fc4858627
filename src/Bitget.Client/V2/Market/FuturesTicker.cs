using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Market;

/// <summary>A futures ticker from <c>GET /api/v2/mix/market/ticker</c> or <c>/tickers</c>.</summary>
[JsonConverter(typeof(FuturesTickerConverter))]
public sealed record FuturesTicker
{
    /// <summary>Contract symbol, e.g. <c>BTCUSDT</c>.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Last traded price.</summary>
    [JsonPropertyName("lastPr")] public decimal? LastPrice { get; init; }

    /// <summary>Best ask price.</summary>
    [JsonPropertyName("askPr")] public decimal? AskPrice { get; init; }

    /// <summary>Best bid price.</summary>
    [JsonPropertyName("bidPr")] public decimal? BidPrice { get; init; }

    /// <summary>Size at the best bid.</summary>
    [JsonPropertyName("bidSz")] public decimal? BidSize { get; init; }

    /// <summary>Size at the best ask.</summary>
    [JsonPropertyName("askSz")] public decimal? AskSize { get; init; }

    /// <summary>24-hour high.</summary>
    [JsonPropertyName("high24h")] public decimal? High24h { get; init; }

    /// <summary>24-hour low.</summary>
    [JsonPropertyName("low24h")] public decimal? Low24h { get; init; }

    /// <summary>Price 24 hours ago.</summary>
    [JsonPropertyName("open24h")] public decimal? Open24h { get; init; }

    /// <summary>24-hour change as a fraction (0.01 = 1 %).</summary>
    [JsonPropertyName("change24h")] public decimal? Change24h { get; init; }

    /// <summary>Open price at 00:00 UTC.</summary>
    [JsonPropertyName("openUtc")] public decimal? OpenUtc { get; init; }

    /// <summary>Change since 00:00 UTC as a fraction.</summary>
    [JsonPropertyName("changeUtc24h")] public decimal? ChangeUtc24h { get; init; }

    /// <summary>24-hour volume in the base coin.</summary>
    [JsonPropertyName("baseVolume")] public decimal? BaseVolume { get; init; }

    /// <summary>24-hour volume in the quote coin.</summary>
    [JsonPropertyName("quoteVolume")] public decimal? QuoteVolume { get; init; }

    /// <summary>24-hour volume in USDT.</summary>
    [JsonPropertyName("usdtVolume")] public decimal? UsdtVolume { get; init; }

    /// <summary>Index price.</summary>
    [JsonPropertyName("indexPrice")] public decimal? IndexPrice { get; init; }

    /// <summary>Mark price (absent in older responses).</summary>
    [JsonPropertyName("markPrice")] public decimal? MarkPrice { get; init; }

    /// <summary>Current funding rate.</summary>
    [JsonPropertyName("fundingRate")] public decimal? FundingRate { get; init; }

    /// <summary>Open interest in the base coin.</summary>
    [JsonPropertyName("holdingAmount")] public decimal? HoldingAmount { get; init; }

    /// <summary>Delivery start (delivery contracts only).</summary>
    [JsonPropertyName("deliveryStartTime")] public DateTimeOffset? DeliveryStartTime { get; init; }

    /// <summary>Delivery time (delivery contracts only).</summary>
    [JsonPropertyName("deliveryTime")] public DateTimeOffset? DeliveryTime { get; init; }

    /// <summary>Delivery status, e.g. <c>delivery_normal</c>.</summary>
    [JsonPropertyName("deliveryStatus")] public string? DeliveryStatus { get; init; }

    /// <summary>When the ticker was computed.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset Timestamp { get; init; }
}
