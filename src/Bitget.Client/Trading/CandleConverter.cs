using System.Text.Json;
using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Reads a candle from Bitget's positional array of strings (or numbers).</summary>
internal sealed class CandleConverter : JsonConverter<Candle>
{
    /// <inheritdoc />
    public override Candle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A candle must be an array.");
        }

        var decimals = new decimal[6];
        reader.Read();
        var openTime = UnixMillisecondsConverter.ReadNullable(ref reader) ?? throw new JsonException("A candle needs a timestamp.");
        for (var i = 0; i < decimals.Length; i++)
        {
            reader.Read();
            decimals[i] = LenientDecimalConverter.ReadNullable(ref reader) ?? throw new JsonException("A candle value is empty.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
        }

        return new Candle(openTime, decimals[0], decimals[1], decimals[2], decimals[3], decimals[4], decimals[5]);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Candle value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        writer.WriteStringValue(WireFormat.Milliseconds(value.OpenTime));
        foreach (var d in (decimal[])[value.Open, value.High, value.Low, value.Close, value.BaseVolume, value.QuoteVolume])
        {
            writer.WriteStringValue(WireFormat.Decimal(d));
        }

        writer.WriteEndArray();
    }
}
