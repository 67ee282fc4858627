using System.Text.Json;

namespace Bitget.Client.Streams;

/// <summary>
/// One channel subscription as Bitget names it: v2 <c>{instType, channel, instId|coin}</c>, v3
/// <c>{instType, topic, symbol?, interval?}</c>. <see cref="Key"/> matches the <c>arg</c> Bitget echoes on acks and pushes,
/// case-insensitively, whatever the order of its properties.
/// </summary>
internal sealed record StreamArg(string InstType, string ChannelProperty, string Channel, string? InstrumentProperty, string? Instrument, string? Interval = null)
{
    public string Key { get; } = MakeKey(InstType, Channel, Instrument, Interval);

    /// <summary>A v2 argument: <c>channel</c> plus <c>instId</c> (or <c>coin</c> for the account channel).</summary>
    public static StreamArg V2(string instType, string channel, string instId, bool coin = false) =>
        new(instType, "channel", channel, coin ? "coin" : "instId", instId);

    /// <summary>A v3 argument: <c>topic</c>, an optional <c>symbol</c> and <c>interval</c>.</summary>
    public static StreamArg V3(string instType, string topic, string? symbol = null, string? interval = null) =>
        new(instType, "topic", topic, symbol is null ? null : "symbol", symbol, interval);

    /// <summary>Writes the argument object of a subscribe or unsubscribe request.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("instType", InstType);
        writer.WriteString(ChannelProperty, Channel);
        if (InstrumentProperty is not null)
        {
            writer.WriteString(InstrumentProperty, Instrument);
        }

        if (Interval is not null)
        {
            writer.WriteString("interval", Interval);
        }

        writer.WriteEndObject();
    }

    /// <summary>The key of an <c>arg</c> object Bitget sent; the reader is on its start and is left on its end.</summary>
    public static string ReadKey(ref Utf8JsonReader reader)
    {
        string? instType = null, channel = null, instrument = null, interval = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }

            switch (name)
            {
                case "instType": instType = value; break;
                case "channel" or "topic": channel = value; break;
                case "instId" or "symbol" or "coin": instrument = value; break;
                case "interval": interval = value; break;
                default: break;
            }
        }

        return MakeKey(instType, channel, instrument, interval);
    }

    public override string ToString() => Key;

    private static string MakeKey(string? instType, string? channel, string? instrument, string? interval) =>
        string.Join('/', instType ?? "", channel ?? "", instrument ?? "", interval ?? "").ToUpperInvariant();
}
