using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Streams;

/// <summary>A candle from the v3 public <c>kline</c> topic (<c>wss://ws.bitget.com/v3/ws/public</c>).</summary>
public sealed record UnifiedStreamCandle
{
    /// <summary>Open time.</summary>
    [JsonPropertyName("start")] public DateTimeOffset OpenTime { get; init; }

    /// <summary>Open.</summary>
    [JsonPropertyName("open")] public decimal Open { get; init; }

    /// <summary>High.</summary>
    [JsonPropertyName("high")] public decimal High { get; init; }

    /// <summary>Low.</summary>
    [JsonPropertyName("low")] public decimal Low { get; init; }

    /// <summary>Close (the last price while the candle is open).</summary>
    [JsonPropertyName("close")] public decimal Close { get; init; }

    /// <summary>Volume in the base coin.</summary>
    [JsonPropertyName("volume")] public decimal? Volume { get; init; }

    /// <summary>Turnover in the quote coin.</summary>
    [JsonPropertyName("turnover")] public decimal? Turnover { get; init; }
}
