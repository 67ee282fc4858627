using System.Text.Json;

namespace Bitget.Client.Json;

/// <summary>Writes ticker fields the way the context's converters do: decimals and milliseconds as strings, nulls left out.</summary>
internal static class TickerWriting
{
    public static void Decimal(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteString(name, WireFormat.Decimal(v));
        }
    }

    public static void Timestamp(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            writer.WriteString(name, WireFormat.Milliseconds(v));
        }
    }

    public static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
