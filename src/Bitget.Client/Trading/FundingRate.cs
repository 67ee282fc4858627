using System.Text.Json.Serialization;

namespace Bitget.Client.Trading;

/// <summary>Current funding rate from <c>GET /api/v2/mix/market/current-fund-rate</c>.</summary>
public sealed record FundingRate
{
    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Funding rate as a fraction.</summary>
    [JsonPropertyName("fundingRate")] public decimal Rate { get; init; }

    /// <summary>Funding interval in hours (newer responses only).</summary>
    [JsonPropertyName("fundingRateInterval")] public decimal? IntervalHours { get; init; }

    /// <summary>Next settlement time (newer responses only).</summary>
    [JsonPropertyName("nextUpdate")] public DateTimeOffset? NextUpdate { get; init; }

    /// <summary>Lower bound of the rate.</summary>
    [JsonPropertyName("minFundingRate")] public decimal? MinRate { get; init; }

    /// <summary>Upper bound of the rate.</summary>
    [JsonPropertyName("maxFundingRate")] public decimal? MaxRate { get; init; }
}
