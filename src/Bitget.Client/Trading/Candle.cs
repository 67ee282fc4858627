using System.Text.Json.Serialization;

namespace Bitget.Client.Trading;

/// <summary>One candle row <c>[ts, open, high, low, close, baseVolume, quoteVolume]</c> from <c>GET /api/v2/mix/market/candles</c>.</summary>
[JsonConverter(typeof(CandleConverter))]
public sealed record Candle(
    DateTimeOffset OpenTime,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal BaseVolume,
    decimal QuoteVolume);
