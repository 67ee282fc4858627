using System.Text.Json;

namespace Bitget.Simulator.Streams;

/// <summary>A subscription argument as the client sent it (echoed back verbatim in acks and pushes) and its lookup key.</summary>
public sealed record StreamArg(IReadOnlyDictionary<string, string> Fields)
{
    public string InstType => Get("instType");

    /// <summary><c>channel</c> (v2) or <c>topic</c> (v3).</summary>
    public string Channel => Fields.TryGetValue("channel", out var c) ? c : Get("topic");

    /// <summary><c>instId</c>, <c>coin</c> (v2) or <c>symbol</c> (v3); empty when absent.</summary>
    public string Instrument => Fields.TryGetValue("instId", out var i) ? i : Fields.TryGetValue("coin", out var c) ? c : Get("symbol");

    public string Interval => Get("interval");

    /// <summary>The same key the client computes: <c>INSTTYPE/CHANNEL/INSTRUMENT/INTERVAL</c>, upper case.</summary>
    public string Key => string.Join('/', InstType, Channel, Instrument, Interval).ToUpperInvariant();

    public static StreamArg Parse(JsonElement element) =>
        new(element.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        foreach (var (name, value) in Fields)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
    }

    private string Get(string name) => Fields.TryGetValue(name, out var value) ? value : "";
}
