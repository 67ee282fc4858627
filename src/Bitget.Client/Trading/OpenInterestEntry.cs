using System.Text.Json.Serialization;

namespace Bitget.Client.Trading;

/// <summary>Open interest of one symbol, in the base coin.</summary>
public sealed record OpenInterestEntry
{
    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Open interest size.</summary>
    [JsonPropertyName("size")] public decimal Size { get; init; }
}
