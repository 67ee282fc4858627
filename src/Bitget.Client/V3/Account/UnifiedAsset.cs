using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Account;

/// <summary>One coin of the unified account.</summary>
internal sealed record UnifiedAsset
{
    /// <summary>Coin.</summary>
    [JsonPropertyName("coin")] public required string Coin { get; init; }

    /// <summary>Equity in the coin.</summary>
    [JsonPropertyName("equity")] public decimal? Equity { get; init; }

    /// <summary>Value in USD.</summary>
    [JsonPropertyName("usdValue")] public decimal? UsdValue { get; init; }

    /// <summary>Balance.</summary>
    [JsonPropertyName("balance")] public decimal? Balance { get; init; }

    /// <summary>Available.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }

    /// <summary>Borrowed.</summary>
    [JsonPropertyName("debt")] public decimal? Debt { get; init; }

    /// <summary>Locked.</summary>
    [JsonPropertyName("locked")] public decimal? Locked { get; init; }
}
