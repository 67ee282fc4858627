using System.Text.Json;

namespace Bitget.Client.Json;

/// <summary>The shared steps of the hand-written ticker converters: object framing and property-name lookup.</summary>
internal static class TickerReading
{
    private const int MaxEscapedName = 128;

    /// <summary>Checks that the reader is on the start of an object.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a {type} object but found {reader.TokenType}.");
        }
    }

    /// <summary>
    /// Advances to the next property and returns its index in <paramref name="names"/> (-1 for an unknown property),
    /// leaving the reader on the value; returns false at the end of the object.
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader reader, Utf8NameTable names, out int index)
    {
        index = -1;
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"Expected a property name but found {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            index = names.IndexOf(reader.ValueSpan);
        }
        else if ((reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) <= MaxEscapedName)
        {
            // Escaped names are legal JSON (\u0073ymbol); unescape into a small buffer rather than allocate a string.
            Span<byte> buffer = stackalloc byte[MaxEscapedName];
            index = names.IndexOf(buffer[..reader.CopyString(buffer)]);
        }

        reader.Read();
        return true;
    }

    /// <summary>A millisecond timestamp that must be set (the <c>ts</c> field): strings or numbers, as the converters read it.</summary>
    public static DateTimeOffset RequiredTimestamp(ref Utf8JsonReader reader) =>
        UnixMillisecondsConverter.ReadNullable(ref reader) ?? throw new JsonException("Expected a timestamp but found an empty value.");
}
