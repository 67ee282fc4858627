using System.Text.Json;
using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Reads <c>[price, size]</c> as numbers or strings.</summary>
internal sealed class OrderBookLevelConverter : JsonConverter<OrderBookLevel>
{
    /// <inheritdoc />
    public override OrderBookLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A book level must be an array.");
        }

        reader.Read();
        var price = LenientDecimalConverter.ReadNullable(ref reader) ?? throw new JsonException("A book level needs a price.");
        reader.Read();
        var size = LenientDecimalConverter.ReadNullable(ref reader) ?? throw new JsonException("A book level needs a size.");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
        }

        return new OrderBookLevel(price, size);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrderBookLevel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        writer.WriteStringValue(WireFormat.Decimal(value.Price));
        writer.WriteStringValue(WireFormat.Decimal(value.Size));
        writer.WriteEndArray();
    }
}
