using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitget.Client.Json;

/// <summary>Reads a decimal from a JSON string (<c>"26242.5"</c>) or number (<c>26242.5</c>) exactly, never through a double.</summary>
internal sealed class LenientDecimalConverter : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadNullable(ref reader) ?? throw new JsonException("Expected a decimal but found an empty value.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(WireFormat.Decimal(value));
    }

    /// <summary>Reads a decimal, or null for JSON null and the empty string.</summary>
    internal static decimal? ReadNullable(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                // A number decimal cannot hold is refused: going through a double would round it (1e-29 became 0).
                return reader.TryGetDecimal(out var number) ? number : throw new JsonException($"'{System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}' is not a decimal that can be held exactly.");
            case JsonTokenType.String:
                if (!reader.HasValueSequence && !reader.ValueIsEscaped
                    && Utf8Parser.TryParse(reader.ValueSpan, out decimal parsed, out var consumed) && consumed == reader.ValueSpan.Length)
                {
                    // Straight from the UTF-8 bytes (same exact digits-to-decimal conversion), without a string per field.
                    return parsed;
                }

                var text = reader.GetString();
                return string.IsNullOrWhiteSpace(text) ? null : ParseText(text);
            default:
                throw new JsonException($"Expected a decimal but found {reader.TokenType}.");
        }
    }

    private static decimal ParseText(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a decimal.");
}
