using System.Text.Json.Serialization;

namespace Bitget.Client.Trading;

/// <summary>Open interest from <c>GET /api/v2/mix/market/open-interest</c>.</summary>
public sealed record OpenInterest
{
    /// <summary>Open interest per symbol.</summary>
    [JsonPropertyName("openInterestList")] public IReadOnlyList<OpenInterestEntry> Entries { get; init; } = [];

    /// <summary>When it was measured.</summary>
    [JsonPropertyName("ts")] public DateTimeOffset? Timestamp { get; init; }
}
