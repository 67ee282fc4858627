using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitget.Client.Json;

/// <summary>Reads an optional millisecond timestamp; <c>null</c>, <c>""</c>, <c>"0"</c> and <c>"-1"</c> mean unset.</summary>
internal sealed class NullableUnixMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnixMillisecondsConverter.ReadNullable(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteStringValue(v.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
