using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitget.Client.Json;

/// <summary>Reads Bitget's <c>"YES"</c>/<c>"NO"</c> flags in any case (REST sends upper, WS and some docs lower); empty means unset.</summary>
internal sealed class YesNoConverter : JsonConverter<bool?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                throw new JsonException($"'{text}' is not a YES/NO flag.");
            default:
                throw new JsonException($"Expected YES/NO but found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteStringValue(v ? "YES" : "NO");
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
