using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Account;

/// <summary>One coin of a union-mode futures account.</summary>
internal sealed record AccountAsset
{
    /// <summary>Coin.</summary>
    [JsonPropertyName("coin")] public required string Coin { get; init; }

    /// <summary>Balance.</summary>
    [JsonPropertyName("balance")] public decimal? Balance { get; init; }

    /// <summary>Available.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }
}
