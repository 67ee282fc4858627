using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitget.Client.Json;

/// <summary>Reads an optional decimal: <c>""</c> and <c>null</c> mean unset; strings and numbers are parsed exactly.</summary>
internal sealed class NullableLenientDecimalConverter : JsonConverter<decimal?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientDecimalConverter.ReadNullable(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteStringValue(WireFormat.Decimal(v));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
