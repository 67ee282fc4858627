using System.Text.Json;
using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.V3.Market;

/// <summary>
/// Reads a <see cref="UnifiedTicker"/> in one pass into locals and builds it with one initializer, for the same reason
/// and with the same lenient rules as the v2 <c>FuturesTickerConverter</c>.
/// </summary>
internal sealed class UnifiedTickerConverter : JsonConverter<UnifiedTicker>
{
    private static readonly Utf8NameTable Names = new(
        "category", "symbol", "ts", "lastPrice", "openPrice24h", "highPrice24h", "lowPrice24h", "ask1Price", "bid1Price",
        "ask1Size", "bid1Size", "price24hPcnt", "volume24h", "turnover24h", "indexPrice", "markPrice", "fundingRate",
        "openInterest", "deliveryTime", "deliveryStatus");

    private const int FirstDecimal = 3;
    private const int DecimalCount = 15;

    public override UnifiedTicker Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TickerReading.ExpectObject(ref reader, nameof(UnifiedTicker));
        string? category = null, symbol = null, deliveryStatus = null;
        DateTimeOffset? delivery = null;
        var timestamp = default(DateTimeOffset);
        var d = default(TickerDecimals);
        while (TickerReading.NextProperty(ref reader, Names, out var index))
        {
            switch (index)
            {
                case 0: category = LenientStringConverter.ReadLenient(ref reader); break;
                case 1: symbol = LenientStringConverter.ReadLenient(ref reader); break;
                case 2: timestamp = TickerReading.RequiredTimestamp(ref reader); break;
                case >= FirstDecimal and < FirstDecimal + DecimalCount: d[index - FirstDecimal] = LenientDecimalConverter.ReadNullable(ref reader); break;
                case 18: delivery = UnixMillisecondsConverter.ReadNullable(ref reader); break;
                case 19: deliveryStatus = LenientStringConverter.ReadLenient(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new UnifiedTicker
        {
            Category = category,
            Symbol = symbol ?? throw new JsonException("A v3 ticker has no 'symbol'."),
            Timestamp = timestamp,
            LastPrice = d[0], OpenPrice24h = d[1], HighPrice24h = d[2], LowPrice24h = d[3], AskPrice = d[4], BidPrice = d[5],
            AskSize = d[6], BidSize = d[7], Change24h = d[8], Volume24h = d[9], Turnover24h = d[10], IndexPrice = d[11],
            MarkPrice = d[12], FundingRate = d[13], OpenInterest = d[14], DeliveryTime = delivery, DeliveryStatus = deliveryStatus,
        };
    }

    public override void Write(Utf8JsonWriter writer, UnifiedTicker value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        TickerWriting.String(writer, "category", value.Category);
        writer.WriteString("symbol", value.Symbol);
        TickerWriting.Timestamp(writer, "ts", value.Timestamp);
        decimal?[] decimals =
        [
            value.LastPrice, value.OpenPrice24h, value.HighPrice24h, value.LowPrice24h, value.AskPrice, value.BidPrice,
            value.AskSize, value.BidSize, value.Change24h, value.Volume24h, value.Turnover24h, value.IndexPrice,
            value.MarkPrice, value.FundingRate, value.OpenInterest,
        ];
        for (var i = 0; i < DecimalCount; i++)
        {
            TickerWriting.Decimal(writer, Names.NameAt(FirstDecimal + i), decimals[i]);
        }

        TickerWriting.Timestamp(writer, "deliveryTime", value.DeliveryTime);
        TickerWriting.String(writer, "deliveryStatus", value.DeliveryStatus);
        writer.WriteEndObject();
    }
}
