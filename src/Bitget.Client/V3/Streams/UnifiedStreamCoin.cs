using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Streams;

/// <summary>One coin of a <see cref="UnifiedStreamAccount"/>.</summary>
public sealed record UnifiedStreamCoin
{
    /// <summary>Coin.</summary>
    [JsonPropertyName("coin")] public required string Coin { get; init; }

    /// <summary>Equity.</summary>
    [JsonPropertyName("equity")] public decimal? Equity { get; init; }

    /// <summary>Balance.</summary>
    [JsonPropertyName("balance")] public decimal? Balance { get; init; }

    /// <summary>Available.</summary>
    [JsonPropertyName("available")] public decimal? Available { get; init; }

    /// <summary>Locked.</summary>
    [JsonPropertyName("locked")] public decimal? Locked { get; init; }

    /// <summary>Debts.</summary>
    [JsonPropertyName("debts")] public decimal? Debts { get; init; }

    /// <summary>Value in USD.</summary>
    [JsonPropertyName("usdValue")] public decimal? UsdValue { get; init; }
}
