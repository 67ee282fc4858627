using System.Text.Json;
using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Market;

/// <summary>
/// Reads a <see cref="FuturesTicker"/> in one pass into locals and builds it with one initializer. The source-generated
/// path boxes every <c>init</c> value into an <c>object[]</c> first, which doubled the all-tickers reply's allocations.
/// Values follow the context's lenient converters: decimals from strings or numbers (<c>""</c>/null → null),
/// millisecond timestamps, unknown properties skipped.
/// </summary>
internal sealed class FuturesTickerConverter : JsonConverter<FuturesTicker>
{
    private static readonly Utf8NameTable Names = new(
        "symbol", "lastPr", "askPr", "bidPr", "bidSz", "askSz", "high24h", "low24h", "open24h", "change24h", "openUtc",
        "changeUtc24h", "baseVolume", "quoteVolume", "usdtVolume", "indexPrice", "markPrice", "fundingRate", "holdingAmount",
        "deliveryStartTime", "deliveryTime", "deliveryStatus", "ts");

    private const int FirstDecimal = 1;
    private const int DecimalCount = 18;

    public override FuturesTicker Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TickerReading.ExpectObject(ref reader, nameof(FuturesTicker));
        string? symbol = null, deliveryStatus = null;
        DateTimeOffset? deliveryStart = null, delivery = null;
        var timestamp = default(DateTimeOffset);
        var d = default(TickerDecimals);
        while (TickerReading.NextProperty(ref reader, Names, out var index))
        {
            switch (index)
            {
                case 0: symbol = LenientStringConverter.ReadLenient(ref reader); break;
                case >= FirstDecimal and < FirstDecimal + DecimalCount: d[index - FirstDecimal] = LenientDecimalConverter.ReadNullable(ref reader); break;
                case 19: deliveryStart = UnixMillisecondsConverter.ReadNullable(ref reader); break;
                case 20: delivery = UnixMillisecondsConverter.ReadNullable(ref reader); break;
                case 21: deliveryStatus = LenientStringConverter.ReadLenient(ref reader); break;
                case 22: timestamp = TickerReading.RequiredTimestamp(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new FuturesTicker
        {
            Symbol = symbol ?? throw new JsonException("A futures ticker has no 'symbol'."),
            LastPrice = d[0], AskPrice = d[1], BidPrice = d[2], BidSize = d[3], AskSize = d[4], High24h = d[5], Low24h = d[6],
            Open24h = d[7], Change24h = d[8], OpenUtc = d[9], ChangeUtc24h = d[10], BaseVolume = d[11], QuoteVolume = d[12],
            UsdtVolume = d[13], IndexPrice = d[14], MarkPrice = d[15], FundingRate = d[16], HoldingAmount = d[17],
            DeliveryStartTime = deliveryStart, DeliveryTime = delivery, DeliveryStatus = deliveryStatus, Timestamp = timestamp,
        };
    }

    public override void Write(Utf8JsonWriter writer, FuturesTicker value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("symbol", value.Symbol);
        decimal?[] decimals =
        [
            value.LastPrice, value.AskPrice, value.BidPrice, value.BidSize, value.AskSize, value.High24h, value.Low24h, value.Open24h,
            value.Change24h, value.OpenUtc, value.ChangeUtc24h, value.BaseVolume, value.QuoteVolume, value.UsdtVolume,
            value.IndexPrice, value.MarkPrice, value.FundingRate, value.HoldingAmount,
        ];
        for (var i = 0; i < DecimalCount; i++)
        {
            TickerWriting.Decimal(writer, Names.NameAt(FirstDecimal + i), decimals[i]);
        }

        TickerWriting.Timestamp(writer, "deliveryStartTime", value.DeliveryStartTime);
        TickerWriting.Timestamp(writer, "deliveryTime", value.DeliveryTime);
        TickerWriting.String(writer, "deliveryStatus", value.DeliveryStatus);
        TickerWriting.Timestamp(writer, "ts", value.Timestamp);
        writer.WriteEndObject();
    }
}
