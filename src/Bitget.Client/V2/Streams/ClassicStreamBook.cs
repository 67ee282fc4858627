using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Streams;

/// <summary>
/// An order book push from the v2 public <c>books</c>/<c>books1</c>/<c>books5</c>/<c>books15</c> channels
/// (<c>wss://ws.bitget.com/v2/ws/public</c>). <c>books</c> sends a snapshot and then deltas to merge by price (size 0 =
/// remove); the others send a full snapshot every push.
/// </summary>
public sealed record ClassicStreamBook
{
    /// <summary>Asks, best first.</summary>
    [JsonPropertyName("asks")] public IReadOnlyList<OrderBookLevel> Asks { get; init; } = [];

    /// <summary>Bids, best first.</summary>
    [JsonPropertyName("bids")] public IReadOnlyList<OrderBookLevel> Bids { get; init; } = [];

    /// <summary>CRC32 over the first 25 levels (signed 32-bit), as Bitget computes it.</summary>
    [JsonPropertyName("checksum")] public long? Checksum { get; init; }

    /// <summary>Sequence number of the update.</summary>
    [JsonPropertyName("seq")] public long? Sequence { get; init; }

    /// <summary>Book time.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset Timestamp { get; init; }
}
