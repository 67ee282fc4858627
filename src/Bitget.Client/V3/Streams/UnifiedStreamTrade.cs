using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Streams;

/// <summary>A public trade from the v3 <c>publicTrade</c> topic (<c>wss://ws.bitget.com/v3/ws/public</c>).</summary>
public sealed record UnifiedStreamTrade
{
    /// <summary>Trade id (<c>i</c>).</summary>
    [JsonPropertyName("i")] public string? TradeId { get; init; }

    /// <summary>Price (<c>p</c>).</summary>
    [JsonPropertyName("p")] public decimal Price { get; init; }

    /// <summary>Size (<c>v</c>).</summary>
    [JsonPropertyName("v")] public decimal Size { get; init; }

    /// <summary>Taker side (<c>S</c>).</summary>
    [JsonPropertyName("S")] public OrderSide Side { get; init; }

    /// <summary>Trade time (<c>T</c>).</summary>
    [JsonPropertyName("T")] public DateTimeOffset Timestamp { get; init; }
}
