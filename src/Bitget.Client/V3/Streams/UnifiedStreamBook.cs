using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Streams;

/// <summary>
/// An order book push from the v3 <c>books</c>/<c>books1</c>/<c>books5</c> topics (<c>wss://ws.bitget.com/v3/ws/public</c>);
/// <c>books</c> updates chain by <see cref="PreviousSequence"/> = the previous <see cref="Sequence"/>.
/// </summary>
public sealed record UnifiedStreamBook
{
    /// <summary>Asks (<c>a</c>), best first.</summary>
    [JsonPropertyName("a")] public IReadOnlyList<OrderBookLevel> Asks { get; init; } = [];

    /// <summary>Bids (<c>b</c>), best first.</summary>
    [JsonPropertyName("b")] public IReadOnlyList<OrderBookLevel> Bids { get; init; } = [];

    /// <summary>Sequence number (above 2^53: a long).</summary>
    [JsonPropertyName("seq")] public long? Sequence { get; init; }

    /// <summary>Sequence number of the previous update.</summary>
    [JsonPropertyName("pseq")] public long? PreviousSequence { get; init; }

    /// <summary>Book time.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset Timestamp { get; init; }
}
