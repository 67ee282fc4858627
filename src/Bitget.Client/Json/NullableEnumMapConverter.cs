using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitget.Client.Json;

/// <summary>Maps Bitget strings onto an enum the client shares with the exchange port; an unknown or empty value reads as null.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal abstract class NullableEnumMapConverter<TEnum> : JsonConverter<TEnum?>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<string, TEnum> _map;
    private readonly string _writeName;

    /// <summary>Creates the converter from spellings (compared case-insensitively); the first spelling of each value is written.</summary>
    protected NullableEnumMapConverter(IEnumerable<KeyValuePair<string, TEnum>> spellings)
    {
        var list = spellings.ToList();
        _map = list.ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        _writeName = string.Join('|', list.Select(p => p.Key));
    }

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override TEnum? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} string but found {reader.TokenType} (accepted: {_writeName}).");
        }

        var text = reader.GetString();
        return text is not null && _map.TryGetValue(text, out var value) ? value : null;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var name = value is { } v ? _map.FirstOrDefault(p => p.Value.Equals(v)).Key : null;
        if (name is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(name);
        }
    }
}
