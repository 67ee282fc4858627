using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitget.Client.Json;

/// <summary>
/// Reads an enum from Bitget's strings case-insensitively, by the member's <see cref="WireNameAttribute"/> spellings
/// or its name; a value the client does not know becomes the member with value 0 (each such enum's <c>Unknown</c>).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class LenientEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName = BuildLookup();

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => reader.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new JsonException($"Expected a {typeof(TEnum).Name} string but found {reader.TokenType}."),
        };
        return Parse(text);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(WireNames.Of(value));
    }

    private static TEnum Parse(string? text) =>
        text is not null && ByName.TryGetValue(text.Trim(), out var value) ? value : default;

    private static FrozenDictionary<string, TEnum> BuildLookup()
    {
        var map = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            map.TryAdd(field.Name, value);
            foreach (var name in field.GetCustomAttribute<WireNameAttribute>()?.Names ?? [])
            {
                map.TryAdd(name, value);
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
