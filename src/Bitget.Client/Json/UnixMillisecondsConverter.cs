using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitget.Client.Json;

/// <summary>Reads Bitget's millisecond timestamps, sent as strings or numbers, as UTC <see cref="DateTimeOffset"/>.</summary>
internal sealed class UnixMillisecondsConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadNullable(ref reader) ?? throw new JsonException("Expected a timestamp but found an empty value.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Reads a timestamp; <c>null</c>, <c>""</c>, <c>"0"</c> and <c>"-1"</c> (Bitget's "not set") give null.</summary>
    internal static DateTimeOffset? ReadNullable(ref Utf8JsonReader reader)
    {
        long ms;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                ms = reader.GetInt64();
                break;
            case JsonTokenType.String:
                if (!reader.HasValueSequence && !reader.ValueIsEscaped
                    && Utf8Parser.TryParse(reader.ValueSpan, out ms, out var consumed) && consumed == reader.ValueSpan.Length && consumed > 0)
                {
                    break;
                }

                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ms))
                {
                    throw new JsonException($"'{text}' is not a millisecond timestamp.");
                }

                break;
            default:
                throw new JsonException($"Expected a timestamp but found {reader.TokenType}.");
        }

        return ms <= 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);
    }
}
